import { phoneProblem } from '../belgian.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'phone-number',
  severity: 'warning',
  description: {
    nl: 'Een Belgisch telefoonnummer heeft het juiste aantal cijfers (vast 9, gsm 10, of een 0800-, 070- of kort nummer).',
    en: 'A Belgian phone number has the right number of digits.',
  },
  reference: 'Belgisch nummeringsplan (BIPT)',
  judgement: 'Nummers die niet met +32 beginnen, worden niet nagekeken.',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      if (path.at(-1) !== 'phone') continue;
      const problem = phoneProblem(value);
      if (problem) report({ path, message: `telefoonnummer "${value}" ${problem}` });
    }
  },
});
