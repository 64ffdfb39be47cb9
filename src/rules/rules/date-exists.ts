import { msg } from '../../messages/message.js';
import { dateProblem } from '../belgian.js';
import { defineRule } from '../rule.js';

/** Dates as written in Dutch running text: 13-12-2023, 1/01/2024, 05.02.2024. */
const DATE = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/g;

export default defineRule({
  id: 'date-exists',
  severity: 'error',
  description: {
    nl: 'Datums in de tekst (zoals 13-12-2023) bestaan.',
    en: 'Dates written in the text exist.',
  },
  reference: 'Rechtszekerheid (data van advies, ondertekening, inwerkingtreding)',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      for (const match of value.matchAll(DATE)) {
        const problem = dateProblem(Number(match[1]), Number(match[3]), Number(match[4]));
        if (problem) report({ path, offset: match.index, message: msg('rule.date-exists.found', { date: match[0], problem }) });
      }
    }
  },
});
