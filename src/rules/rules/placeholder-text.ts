import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

/** "(naam gemeente)", "(datum)": a placeholder in round brackets, matched where a "(" is. */
const NAMED = /\((?:naam|datum|adres|invullen)(?: \p{L}+)?\)/uy;
/** The letters such a placeholder starts with (n, d, a, i): the expression is tried only after one of them. */
const NAMED_START = [0x6e, 0x64, 0x61, 0x69];
/** A lone "x" between two lower-case words; found with indexOf first, as the scan runs over every string. */
const LONE_X = /\p{Ll}{3,} x(?= \p{Ll})/u;

/**
 * The first template leftover, as `/\[[^\]\n]+\](?!\(|\{lang=)|\((?:naam|datum|adres|invullen)(?: \p{L}+)?\)/u` finds it: text
 * in square brackets that is not a Markdown link nor a phrase in another language, or a named placeholder in round brackets. Linear in the text: the
 * end of a square bracket is looked for once, not again from each "[" of a long run of them.
 */
export function bracketed(value: string): string | undefined {
  let close = -1; // the first "]" or line break after the current "[" (still valid while it lies ahead)
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x5b) {
      if (close <= i) {
        close = i + 1;
        while (close < value.length && value.charCodeAt(close) !== 0x5d && value.charCodeAt(close) !== 0x0a) close++;
      }
      if (close > i + 1 && value.charCodeAt(close) === 0x5d && value.charCodeAt(close + 1) !== 0x28 && !value.startsWith('{lang=', close + 1) && !isFootnoteMark(value, i + 1, close)) {
        return value.slice(i, close + 1);
      }
    } else if (c === 0x28 && NAMED_START.includes(value.charCodeAt(i + 1))) {
      NAMED.lastIndex = i;
      const named = NAMED.exec(value);
      if (named) return named[0];
    }
  }
  return undefined;
}

/** "[1]", "[12]": a footnote marker, not a placeholder. */
function isFootnoteMark(value: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let k = start; k < end; k++) if (value.charCodeAt(k) < 0x30 || value.charCodeAt(k) > 0x39) return false;
  return true;
}

/**
 * Template leftovers: "[datum]", "[via de functionarissen …]" (square brackets that are not a Markdown link),
 * "(naam gemeente)", and a lone "x" standing for a name ("de politiezone x en het PLOT").
 */
function placeholder(value: string): string | undefined {
  const found = value.includes('[') || value.includes('(') ? bracketed(value) : undefined;
  if (found) return found;
  const at = value.indexOf(' x ');
  return at > 0 ? LONE_X.exec(value.slice(Math.max(0, at - 40), at + 4))?.[0] : undefined;
}

export default defineRule({
  id: 'placeholder-text',
  severity: 'warning',
  description: {
    nl: 'De tekst bevat een niet ingevuld sjabloonstuk, zoals "[datum]", "(naam gemeente)" of "politiezone x".',
    en: 'The text contains an unfilled template placeholder.',
  },
  reference: 'AVG art. 12.1 (transparante, begrijpelijke informatie)',
  judgement: 'Tekst tussen vierkante haken kan ook bedoeld zijn; kijk na of het een overblijfsel van een sjabloon is. Een voetnootteken als "[1]" is geen sjabloonstuk.',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      const match = placeholder(value);
      if (match) report({ path, offset: value.indexOf(match), message: msg('rule.placeholder-text.found', { text: match.trim() }) });
    }
  },
});
