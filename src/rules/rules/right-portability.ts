import { usesBasis } from '../context.js';
import { defineRightRule } from '../rights.js';

export default defineRightRule({
  id: 'right-portability',
  right: 'overdraagbaarheid',
  name: 'recht op overdraagbaarheid',
  article: 'art. 20',
  // Art. 20.1 concerns processing based on consent or a contract.
  applies: (context) => Boolean(usesBasis(context, 'toestemming', 'overeenkomst')),
});
