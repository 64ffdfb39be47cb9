/** An operator of a content stream and where it stands, its operands included (offsets in the latin1 text). */
export interface Operator {
  op: string;
  start: number;
  end: number;
}

const isWhite = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
const isRegular = (c: string) => !isWhite(c) && !'()<>[]{}/%'.includes(c);
const OPERAND_WORDS = new Set(['true', 'false', 'null']);

/** The offset after a literal string that opens at `i`: balanced parentheses, backslash escapes. */
function afterString(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
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
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isWhite(c)) i++;
    else if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else {
      if (start < 0) start = i;
      if (c === '(') i = afterString(text, i);
      else if (text.startsWith('<<', i) || text.startsWith('>>', i)) i += 2;
      else if (c === '<') i = text.indexOf('>', i) + 1 || text.length;
      else if ('[]{}'.includes(c)) i++;
      else if (c === '/') for (i++; i < text.length && isRegular(text[i]!); i++);
      else {
        let j = i;
        while (j < text.length && isRegular(text[j]!)) j++;
        const word = text.slice(i, Math.max(j, i + 1));
        i = Math.max(j, i + 1);
        if (/^[+-]?[\d.]/.test(word) || OPERAND_WORDS.has(word)) continue;
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
