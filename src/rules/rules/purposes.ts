import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'purposes',
  severity: 'error',
  description: { nl: 'De verklaring noemt de doeleinden van de verwerking.', en: 'The notice states the purposes of the processing.' },
  reference: 'AVG art. 13.1.c / 14.1.c',
  item: '13.1.c Doeleinden van de verwerking',
  applies: isStatement,
  check: ({ statement }, report) => {
    if (!statement!.purposes?.items.length) {
      report({ path: ['purposes'], message: msg('rule.purposes.none') });
      return;
    }
    return ['purposes', 'items'];
  },
});
