import type { Path } from '../load/source-map.js';
import { msg, type Message } from '../messages/message.js';

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
export function foundUnquoted({ value, written }: Unquoted): Message {
  if (value === null) return msg('found.unquoted-null', { written });
  if (typeof value === 'boolean') return msg('found.unquoted-boolean', { written });
  if (Number.isNaN(value)) return msg('found.unquoted-nan', { written });
  if (!Number.isFinite(value)) return /inf/i.test(written) ? msg('found.unquoted-infinite', { written }) : msg('found.unquoted-too-large', { written });
  return msg('found.unquoted-number', { written });
}

/** How to keep the word as text: between quotes, as it would stand in the file, and what is lost without them. */
export function quoteIt(path: Path, { value, written }: Unquoted): Message {
  const key = path.at(-1);
  return msg('fix.quote-word', { key: typeof key === 'string' ? key : '', written, lost: lost(value, written) });
}

/** What turning the word into a number changes: a leading `0` or `+` that falls away, or another way of writing it. */
function lost(value: Unquoted['value'], written: string): Message {
  if (typeof value !== 'number' || !Number.isFinite(value)) return msg('fragment.empty');
  const dropped = /^\+?0*(?=\d)/.exec(written)?.[0];
  if (dropped) return msg('lost.leading', { dropped });
  return String(value) === written ? msg('fragment.empty') : msg('lost.rewritten', { value: String(value) });
}
