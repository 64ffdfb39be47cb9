/** An operator of a content stream and where it stands, its operands included (offsets in the latin1 text). */
export interface Operator {
  op: string;
  start: number;
  end: number;
}

/** Character classes of ISO 32000-1 7.2.2, by char code: 1 white space, 2 delimiter, 0 regular. */
const CLASS = new Uint8Array(256);
for (const c of ' \n\r\t\f\0') CLASS[c.charCodeAt(0)] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const code = (c: string) => c.charCodeAt(0);
const [PERCENT, OPEN, CLOSE, LESS, GREATER, SLASH, BACKSLASH, LF, CR] = ['%', '(', ')', '<', '>', '/', '\\', '\n', '\r'].map(code) as number[];
const OPERAND_WORDS = new Set(['true', 'false', 'null']);
/** A word that starts with a digit, a sign or a point is a number. */
const isNumberStart = (c: number) => (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;

/** The offset after a literal string that opens at `i`: balanced parentheses, backslash escapes. */
function afterString(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) return i + 1;
  }
  return i;
}

/** The offset after an inline image (`BI … ID data EI`) whose data begins at `i`. */
function afterInlineImage(text: string, i: number): number {
  const end = /\sEI(?=[\s]|$)/g;
  end.lastIndex = i;
  const match = end.exec(text);
  return match ? match.index + match[0].length : text.length;
}

/** The operators of a content stream (ISO 32000-1 7.8.2), in order; an inline image is one `BI` operator. */
export function operators(text: string): Operator[] {
  const found: Operator[] = [];
  const regularFrom = (i: number) => {
    while (i < text.length && CLASS[text.charCodeAt(i) & 0xff] === 0) i++;
    return i;
  };
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (CLASS[c & 0xff] === 1) i++;
    else if (c === PERCENT) while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
    else {
      if (start < 0) start = i;
      if (c === OPEN) i = afterString(text, i);
      else if ((c === LESS || c === GREATER) && text.charCodeAt(i + 1) === c) i += 2;
      else if (c === LESS) i = text.indexOf('>', i) + 1 || text.length;
      else if (c === SLASH) i = regularFrom(i + 1);
      else if (CLASS[c & 0xff] === 2) i++;
      else {
        const j = Math.max(regularFrom(i), i + 1);
        const word = text.slice(i, j);
        i = j;
        if (isNumberStart(c) || OPERAND_WORDS.has(word)) continue;
        if (word === 'BI') {
          const data = text.indexOf('ID', i);
          i = afterInlineImage(text, data < 0 ? text.length : data + 3);
        }
        found.push({ op: word, start, end: i });
        start = -1;
      }
    }
  }
  return found;
}
