import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'rights-fee',
  severity: 'error',
  description: {
    nl: 'Het uitoefenen van de rechten is kosteloos; een vergoeding mag enkel bij kennelijk ongegronde of buitensporige verzoeken (`excessiveOnly: true`) of voor bijkomende kopieën (`furtherCopiesOnly: true`).',
    en: 'Exercising one\'s rights is free of charge, except for manifestly unfounded or excessive requests, or further copies.',
  },
  reference: 'AVG art. 12.5 en 15.3',
  applies: ({ statement }) => Boolean(statement?.rights?.exercise?.fee),
  check: ({ statement }, report) => {
    const fee = statement!.rights!.exercise!.fee!;
    if (fee.excessiveOnly || fee.furtherCopiesOnly) return;
    report({ path: ['rights', 'exercise', 'fee'], message: msg('rule.rights-fee.conditions') });
  },
});
