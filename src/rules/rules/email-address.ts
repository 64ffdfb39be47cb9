import { emailProblem } from '../belgian.js';
import { defineRule } from '../rule.js';

/** Something that looks like an e-mail address inside running text. */
const IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*/g;

export default defineRule({
  id: 'email-address',
  severity: 'error',
  description: {
    nl: 'E-mailadressen, ook in vrije tekst, zijn geldig (naam@domein.be).',
    en: 'E-mail addresses, in fields and in free text, are valid.',
  },
  reference: 'AVG art. 13.1.a en 13.1.b (bereikbaar contact)',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      const candidates = path.at(-1) === 'email' ? [value] : [...value.matchAll(IN_TEXT)].map((m) => m[0].replace(/\.$/, ''));
      for (const address of candidates) {
        const problem = emailProblem(address);
        if (problem) report({ path, message: `"${address}" ${problem}` });
      }
    }
  },
});
