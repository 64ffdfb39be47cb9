import { msg } from '../../messages/message.js';
import { kboProblem } from '../belgian.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'kbo-number',
  severity: 'error',
  description: {
    nl: 'Een ondernemingsnummer (KBO), en een Belgisch btw-nummer (BE en het ondernemingsnummer), heeft 10 cijfers en een kloppend controlegetal (modulo 97).',
    en: 'An enterprise number (KBO/BCE), and a Belgian VAT number (BE and the enterprise number), has 10 digits and a valid mod-97 check.',
  },
  reference: 'KBO-wetgeving (Wetboek van economisch recht, boek III)',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      // A Belgian VAT number is BE and the enterprise number; a foreign one is not checked here.
      const field = path.at(-1);
      if (field !== 'kbo' && !(field === 'vat' && /^BE/.test(value))) continue;
      const problem = kboProblem(value);
      if (problem) report({ path, message: msg('rule.kbo-number.found', { field, value, problem }) });
    }
  },
});
