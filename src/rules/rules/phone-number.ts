import { msg } from '../../messages/message.js';
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
      // A phone number, or one of a list of them (`phone: [011 23 45 67, { label, phone }]`).
      if (path.at(-1) !== 'phone' && !(typeof path.at(-1) === 'number' && path.at(-2) === 'phone')) continue;
      const problem = phoneProblem(value);
      if (problem) report({ path, message: msg('rule.phone-number.found', { value, problem }) });
    }
  },
});
