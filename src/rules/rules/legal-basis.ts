import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'legal-basis',
  severity: 'error',
  description: {
    nl: 'De verklaring noemt minstens één rechtsgrond van AVG art. 6.1 (bij een doeleinde of in een lijst van rechtsgronden).',
    en: 'The notice names at least one legal basis of GDPR art. 6.1.',
  },
  reference: 'AVG art. 6.1, 13.1.c / 14.1.c',
  item: '13.1.c Rechtsgrond van de verwerking',
  applies: isStatement,
  check: ({ bases }, report) => {
    if (bases.length > 0) return bases[0]!.path;
    report({ path: ['purposes'], message: msg('rule.legal-basis.none') });
  },
});
