import { msg } from '../../messages/message.js';
import { isEmail } from '../belgian.js';
import { defineRule } from '../rule.js';
import { isWordChar, offsetsInOrder } from '../scan.js';

/** Characters before the @ (`[\w.+-]`) and of a domain label (`[\w-]`). */
const isLocal = (code: number) => isWordChar(code) || code === 0x2e || code === 0x2b || code === 0x2d;
const isLabel = (code: number) => isWordChar(code) || code === 0x2d;

/**
 * What looks like an e-mail address inside running text, as `/[\w.+-]+@[\w-]+(?:\.[\w-]+)*\/g` would find it, but
 * found from each "@" outward: linear in the text, where the expression retried every start of a long word.
 */
export function addressesIn(text: string): string[] {
  const found: string[] = [];
  let from = 0; // where the previous address ended: addresses do not overlap
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    if (at - 1 < from || !isLocal(text.charCodeAt(at - 1)) || !isLabel(text.charCodeAt(at + 1))) continue;
    let start = at - 1;
    while (start > from && isLocal(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (isLabel(text.charCodeAt(end))) end++;
    while (text.charCodeAt(end) === 0x2e && isLabel(text.charCodeAt(end + 1))) {
      end += 2;
      while (isLabel(text.charCodeAt(end))) end++;
    }
    found.push(text.slice(start, end));
    from = end;
  }
  return found;
}

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
      // An e-mail field, or one of a list of them, is one address; free text may hold several.
      const field = path.at(-1) === 'email' || (typeof path.at(-1) === 'number' && path.at(-2) === 'email');
      const candidates = field ? [value] : addressesIn(value);
      const offsetOf = offsetsInOrder(value);
      for (const address of candidates) {
        const offset = offsetOf(address); // every candidate, in order: each is looked for after the one before
        if (!isEmail(address)) report({ path, offset, message: msg('rule.email-address.invalid', { address }) });
      }
    }
  },
});
