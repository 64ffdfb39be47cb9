import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'processor-agreement',
  severity: 'error',
  description: {
    nl: 'Een verwerker verwerkt gegevens enkel op basis van een overeenkomst met de verwerkingsverantwoordelijke; `agreement: false` zegt dat die er niet is.',
    en: 'A processor processes data only under a contract with the controller.',
  },
  reference: 'AVG art. 28.3',
  applies: ({ statement }) => Boolean(statement?.recipients?.processors?.length),
  check: ({ statement }, report) => {
    statement!.recipients!.processors!.forEach((processor, index) => {
      if (processor.agreement === false) {
        report({ path: ['recipients', 'processors', index, 'agreement'], message: msg('rule.processor-agreement.missing', { name: String(processor.name ?? processor.category) }) });
      }
    });
  },
});
