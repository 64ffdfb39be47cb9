import { usesBasis } from '../context.js';
import { defineRightRule } from '../rights.js';

export default defineRightRule({
  id: 'right-objection',
  right: 'bezwaar',
  name: 'recht van bezwaar',
  article: 'art. 21',
  // Art. 21.1 concerns processing based on art. 6.1.e or f.
  applies: (context) => Boolean(usesBasis(context, 'algemeen-belang', 'gerechtvaardigd-belang')),
});
