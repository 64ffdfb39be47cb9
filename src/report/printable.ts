/**
 * Characters that must never reach a terminal or a CI log raw: C0 controls (a newline would forge a second diagnostic,
 * ESC starts a terminal command), DEL, C1 controls (U+009B is a one-byte ESC [), the Unicode line and paragraph
 * separators, and the bidirectional overrides that make a line read differently from what it contains.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, but for JSON text: its own line breaks are layout, and JSON.stringify already escaped every C0 in a string. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escape = (c: string) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text taken from an input (a message quoting a YAML key, a file name) made safe to print on one line: every control
 * character is shown as an escape (`\n`, `\u001b`). Every reporter prints through this.
 */
export const printable = (text: string): string => text.replace(UNSAFE, escape);

/** A JSON report made as safe: the characters JSON.stringify leaves raw, as `\uXXXX` escapes (same JSON value). */
export const printableJson = (json: string): string => json.replace(UNSAFE_IN_JSON, escape);
