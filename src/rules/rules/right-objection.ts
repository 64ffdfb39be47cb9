import { defineRightRule } from '../rights.js';

export default defineRightRule({
  id: 'right-objection',
  right: 'bezwaar',
  name: 'recht van bezwaar',
  article: 'art. 21',
  when: 'als een verwerking berust op een taak van algemeen belang of een gerechtvaardigd belang (art. 6.1.e/f), of als er direct marketing is',
});
