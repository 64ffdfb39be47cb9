/** Helpers for scans over user text that stay linear in its length, however it is made (a 1 MB word, say). */

/** `\w` of a regular expression without the u flag: ASCII letters, digits and the underscore. */
export const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
