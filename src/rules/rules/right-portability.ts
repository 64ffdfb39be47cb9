import { defineRightRule } from '../rights.js';

export default defineRightRule({
  id: 'right-portability',
  right: 'overdraagbaarheid',
  name: 'recht op overdraagbaarheid',
  article: 'art. 20',
  when: 'als een verwerking berust op toestemming of een overeenkomst (art. 6.1.a/b, 9.2.a)',
});
