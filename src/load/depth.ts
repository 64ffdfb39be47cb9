import { Lexer } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { msg, said } from '../messages/message.js';

/** No notice nests a dozen levels deep; the YAML parser needs memory for every level (1 GB for a million). */
export const MAX_NESTING = 1000;

/**
 * A text nested so deep that parsing it would exhaust memory ("[[[[…" or "- - - …" a million times over: a few
 * megabytes that end privnote with an out-of-memory crash) is an error where it gets too deep. Such nesting needs a
 * "[" or "{" per level, or a "- ", "? " or ": " per level on one line (nesting by indentation needs ever longer lines,
 * so it stays shallow within the size limit). A text with few brackets and short lines (any real notice) is let
 * through at once; the others are run through YAML's lexer, which keeps no memory per level.
 */
export function nesting(text: string, file: string): Diagnostic[] {
  if (!mayNestDeeply(text)) return [];
  let offset = 0;
  let lineStart = 0;
  let flow = 0; // open "[" and "{"
  let compact = 0; // "-", "?" and ":" on this line, outside brackets
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') flow++;
    else if ((token === ']' || token === '}') && flow > 0) flow--;
    else if ((token === '-' || token === '?' || token === ':') && flow === 0) compact++;
    if (flow > MAX_NESTING || compact > MAX_NESTING) {
      return [{
        file, line: count(text.slice(0, offset), '\n') + 1, column: offset - lineStart + 1, severity: 'error', ruleId: 'yaml-depth',
        ...said(msg('yaml.too-deep', { max: MAX_NESTING })),
      }];
    }
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue; // the lexer's markers take no room in the text
    const newline = token.lastIndexOf('\n');
    if (newline >= 0) [lineStart, compact] = [offset + newline + 1, 0];
    offset += token.length;
  }
  return [];
}

function count(text: string, character: string): number {
  let n = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) n++;
  return n;
}

/** More than MAX_NESTING "[" and "{" in all, or "- ", "? " and ": " on one line: then the lexer must look closer. */
function mayNestDeeply(text: string): boolean {
  if (count(text, '[') + count(text, '{') > MAX_NESTING) return true;
  // Followed by a space or a tab, these are few in all in most texts; followed by a line break, one a line at most.
  const followed = ['- ', '-\t', '? ', '?\t', ': ', ':\t'].reduce((sum, pair) => sum + count(text, pair), 0);
  if (followed < MAX_NESTING || longestLine(text) <= 2 * MAX_NESTING) return false; // a level takes two characters at least
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) indicators = 0;
    else if ((c === 0x2d || c === 0x3f || c === 0x3a) && isBlank(text.charCodeAt(i + 1)) && ++indicators > MAX_NESTING) return true;
  }
  return false;
}

function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0, end = 0; end >= 0; start = end + 1) {
    end = text.indexOf('\n', start);
    longest = Math.max(longest, (end < 0 ? text.length : end) - start);
  }
  return longest;
}

/** Space, tab, line break or the end of the text: what makes "-", "?" or ":" an indicator. */
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);
