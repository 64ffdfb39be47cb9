import { readFileSync, statSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../diagnostics.js';

/** A notice is a few hundred kilobytes at most; anything far larger is a mistake (a log file, a disk image). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export type Read = { text: string; diagnostics: Diagnostic[] } | { text?: undefined; diagnostics: Diagnostic[] };

/** What kind of thing a path is, in words, when it is not a regular file. */
export function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'een map';
  if (stats.isFIFO()) return 'een named pipe (FIFO)';
  if (stats.isSocket()) return 'een socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'een apparaat';
  return 'geen gewoon bestand';
}

const fileProblem = (file: string, message: string): Diagnostic =>
  ({ file, line: 0, column: 0, severity: 'error', ruleId: 'read-error', message });

/**
 * Reads one input as UTF-8 text. Only regular files of a sane size are read (a FIFO would block, /dev/zero never
 * ends); every failure is a diagnostic for that file, never an exception.
 */
export function readSource(file: string): Read {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { diagnostics: [fileProblem(file, code === 'ENOENT' ? 'bestand niet gevonden (of een link naar niets)' : `kan het bestand niet lezen (${code})`)] };
  }
  const kind = notAFile(stats);
  if (kind) return { diagnostics: [fileProblem(file, `${kind}, geen YAML-bestand: geef een gewoon bestand`)] };
  if (stats.size > MAX_INPUT_BYTES) {
    return { diagnostics: [fileProblem(file, `te groot (${Math.round(stats.size / 1024 / 1024)} MB; een verklaring is hoogstens ${MAX_INPUT_BYTES / 1024 / 1024} MB)`)] };
  }
  try {
    return decode(readFileSync(file), file);
  } catch (error) {
    return { diagnostics: [fileProblem(file, `kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)] };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * UTF-8 bytes → text. Invalid UTF-8 (a Latin-1 or UTF-16 file) and control characters other than tab and line
 * breaks are positioned errors: decoded silently, they would print U+FFFD or a NUL into the published notice.
 */
export function decode(bytes: Uint8Array, file: string): Read {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'encoding', message: 'het bestand is UTF-16: bewaar het als UTF-8' }] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { diagnostics: [invalidUtf8(bytes, file)] };
  }
  const diagnostics = controlCharacters(text, file);
  return diagnostics.length > 0 ? { diagnostics } : { text, diagnostics };
}

/** The first byte that is not part of valid UTF-8, located by line and column, with the likely cause. */
function invalidUtf8(bytes: Uint8Array, file: string): Diagnostic {
  const offset = firstInvalidByte(bytes);
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 1);
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  const byte = bytes[offset]!;
  const latin1 = byte >= 0xa0 ? ` ("${String.fromCharCode(byte)}" in Latin-1)` : '';
  return {
    file, line, column, severity: 'error', ruleId: 'encoding',
    message: `ongeldige UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${latin1}; bewaar het bestand als UTF-8`,
  };
}

/** Index of the first byte of an invalid UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf]
      : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf]
      : b === 0xf4 ? [4, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (length === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** C0 controls but tab, LF and CR; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const MAX_REPORTED = 10;

function controlCharacters(text: string, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const match of text.matchAll(CONTROL)) {
    if (diagnostics.length === MAX_REPORTED) break;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    diagnostics.push({
      file, line, column, severity: 'error', ruleId: 'control-character',
      message: `stuurteken ${code}${match[0] === '\0' ? ' (NUL)' : ''} hoort niet in een verklaring: verwijder het`,
    });
  }
  return diagnostics;
}
