import type { Path } from '../load/source-map.js';

/**
 * A value YAML read as a number, true/false or null from an unquoted word (`kbo: 0671516647`, `naam: ~`), with the
 * word as written in the file: messages show what the user wrote, not what YAML made of it (671516647).
 */
export interface Unquoted {
  value: number | boolean | null;
  written: string;
}

/** The value at a path as an unquoted non-text, when it is one (an empty value is not: it is simply missing). */
export function unquoted(value: unknown, written: string | undefined): Unquoted | undefined {
  const scalar = value === null || typeof value === 'number' || typeof value === 'boolean';
  return scalar && written ? { value, written } : undefined;
}

/** What YAML read, in words, as written: `het getal 0671516647`, `de ja/nee-waarde true`, `oneindig (.inf)`. */
export function foundUnquoted({ value, written }: Unquoted): string {
  if (value === null) return `${written}, dat in YAML "niets" betekent`;
  if (typeof value === 'boolean') return `de ja/nee-waarde ${written}`;
  if (Number.isNaN(value)) return `"geen getal" (${written})`;
  if (!Number.isFinite(value)) return /inf/i.test(written) ? `oneindig (${written})` : `het getal ${written}, te groot (YAML leest het als oneindig)`;
  return `het getal ${written}`;
}

/** How to keep the word as text: between quotes, as it would stand in the file, and what is lost without them. */
export function quoteIt(path: Path, { value, written }: Unquoted): string {
  const key = path.at(-1);
  return `zet de waarde tussen aanhalingstekens: ${typeof key === 'string' ? `${key}: ` : ''}"${written}"${lost(value, written)}`;
}

/** What turning the word into a number changes: a leading `0` or `+` that falls away, or another way of writing it. */
function lost(value: Unquoted['value'], written: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const dropped = /^\+?0*(?=\d)/.exec(written)?.[0];
  if (dropped) return ` (zonder aanhalingstekens valt de ${dropped} vooraan weg)`;
  return String(value) === written ? '' : ` (zonder aanhalingstekens wordt het ${String(value)})`;
}
