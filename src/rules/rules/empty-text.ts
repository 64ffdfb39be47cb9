import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'empty-text',
  severity: 'warning',
  description: {
    nl: 'Een veld dat tekst verwacht, is leeg (zoals een lege bewaartermijn).',
    en: 'A field that expects text is empty (such as an empty retention period).',
  },
  reference: 'AVG art. 12.1 (volledige, begrijpelijke informatie)',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      if (value.trim() === '') report({ path, message: msg('rule.empty-text.found', { key: String(path.filter((p) => typeof p === 'string').at(-1)) }) });
    }
  },
});
