import { kboProblem } from '../belgian.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'kbo-number',
  severity: 'error',
  description: {
    nl: 'Een ondernemingsnummer (KBO) heeft 10 cijfers en een kloppend controlegetal (modulo 97).',
    en: 'An enterprise number (KBO/BCE) has 10 digits and a valid mod-97 check.',
  },
  reference: 'KBO-wetgeving (Wetboek van economisch recht, boek III)',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      if (path.at(-1) !== 'kbo') continue;
      const problem = kboProblem(value);
      if (problem) report({ path, message: `ondernemingsnummer "${value}" ${problem}` });
    }
  },
});
