import { Scalar } from 'yaml';

/** The characters that `\x` stands for in a double-quoted scalar (YAML 1.2 §5.7), but the numeric ones. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The text an escape at `at` (a backslash) stands for, and how many characters of the source it takes. */
function escapeAt(source: string, at: number): { text: string; length: number } {
  const letter = source[at + 1] ?? '';
  const digits = HEX_DIGITS[letter];
  if (digits) return { text: String.fromCodePoint(parseInt(source.slice(at + 2, at + 2 + digits), 16)), length: 2 + digits };
  // A backslash before a line break joins the lines without a space.
  if (letter === '\n' || letter === '\r') return { text: '', length: 1 };
  return { text: ESCAPES[letter] ?? letter, length: 2 };
}

const [BACKSLASH, QUOTE] = [0x5c, 0x27];
/** Space, tab, line feed, carriage return. */
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * For each character of a scalar's text, its offset in the file. Every character of the text but the ones that
 * folding and chomping make (a space or line break for a line break) is written in the file, in order: the two are
 * walked side by side, and what the file has besides (indentation, line breaks, quotes, a block's header) is skipped.
 * A made-up space or line break gets the offset of the character after it.
 */
export function textOffsets(node: Scalar, source: string): Int32Array {
  const value = String(node.value);
  const [start, end] = node.range ?? [0, 0];
  const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  // A block's text starts on the line after its header (`|-`, `>2 # comment`); a quoted one after its quote.
  let at = block ? source.indexOf('\n', start) + 1 || end : quoted ? start + 1 : start;
  const last = quoted ? end - 1 : end;
  const doubleQuoted = node.type === Scalar.QUOTE_DOUBLE;
  const singleQuoted = node.type === Scalar.QUOTE_SINGLE;
  const offsets = new Int32Array(value.length);
  let index = 0;
  while (index < value.length && at < last) {
    const c = source.charCodeAt(at);
    const escape = doubleQuoted && c === BACKSLASH ? escapeAt(source, at) : undefined;
    if (escape?.text === '') {
      at += escape.length;
    } else if (escape && value.startsWith(escape.text, index)) {
      offsets.fill(at, index, index + escape.text.length);
      index += escape.text.length;
      at += escape.length;
    } else if (!escape && c === value.charCodeAt(index)) {
      offsets[index++] = at;
      // In a single-quoted scalar, '' stands for one quote.
      at += singleQuoted && c === QUOTE ? 2 : 1;
    } else if (!escape && isBlank(c)) {
      at++; // indentation, a line break that folding replaced, a space it trimmed
    } else {
      offsets[index++] = at; // a space or line break that folding made
    }
  }
  offsets.fill(last, index);
  return offsets;
}
