import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'joint-controllers',
  severity: 'error',
  description: {
    nl: 'Gezamenlijke verwerkingsverantwoordelijken (`joint: true`) maken de wezenlijke inhoud van hun regeling bekend (`arrangement`); privnote zegt er dan bij dat de betrokkene zijn rechten bij en tegen elk van hen kan uitoefenen.',
    en: 'Joint controllers make the essence of their arrangement available to the data subject.',
  },
  reference: 'AVG art. 26.2 en 26.3',
  item: '26.2 Regeling tussen gezamenlijke verantwoordelijken',
  applies: ({ statement }) => statement?.controller.joint === true,
  check: ({ statement }, report) => {
    if (statement!.controller.arrangement?.trim()) return ['controller', 'arrangement'];
    report({ path: ['controller', 'joint'], message: msg('rule.joint-controllers.arrangement') });
  },
});
