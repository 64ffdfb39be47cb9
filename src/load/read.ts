import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../diagnostics.js';
import { msg, said, type Message } from '../messages/message.js';

/** A notice is a few hundred kilobytes at most; anything far larger is a mistake (a log file, a disk image). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export type Read = { text: string; diagnostics: Diagnostic[] } | { text?: undefined; diagnostics: Diagnostic[] };

/** What kind of thing a path is, in words, when it is not a regular file. */
export function notAFile(stats: Stats): Message | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return msg('kind.folder');
  if (stats.isFIFO()) return msg('kind.fifo');
  if (stats.isSocket()) return msg('kind.socket');
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return msg('kind.device');
  return msg('kind.other');
}

/** Why a file could not be opened or read, in words: what it is instead of a file (NotAFileError), or the system's error. */
export function readProblem(error: unknown): Message {
  if (error instanceof NotAFileError) return error.kind;
  const { code, message } = error as NodeJS.ErrnoException;
  const known: Record<string, Message> = {
    ENOENT: msg('reason.not-found'),
    EACCES: msg('reason.no-permission'),
    EPERM: msg('reason.no-permission'),
    ELOOP: msg('reason.link-loop'),
    ENOTDIR: msg('reason.not-a-folder'),
    EISDIR: msg('reason.folder'),
    ENAMETOOLONG: msg('reason.name-too-long'),
  };
  return (code && known[code]) || msg('reason.unreadable', { code: code ?? String(message ?? error).split('\n')[0]! });
}

export class NotAFileError extends Error {
  constructor(readonly kind: Message) {
    super(kind.id);
  }
}
export class TooLargeError extends Error {
  constructor(readonly size: number) {
    super(`larger than allowed: ${size} bytes`);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking (a FIFO would wait for a writer forever)
 * and checked on the open file itself, so nothing can swap the file between the check and the read; with
 * `followLinks: false` a link at the path is refused. Throws NotAFileError, TooLargeError or the system's error.
 */
export function readRegularFile(path: string, { maxBytes, followLinks = true }: { maxBytes: number; followLinks?: boolean }): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  try {
    const stats = fstatSync(fd);
    const kind = notAFile(stats);
    if (kind) throw new NotAFileError(kind);
    if (stats.size > maxBytes) throw new TooLargeError(stats.size);
    // Read up to one byte past the limit: a file that grew since fstat (or reports no size, as in /proc) is caught too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 64 * 1024), maxBytes + 1 - total));
      const n = chunk.length === 0 ? 0 : readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new TooLargeError(total);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const fileProblem = (file: string, message: Message): Diagnostic =>
  ({ file, line: 0, column: 0, severity: 'error', ruleId: 'read-error', ...said(message) });

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads one input as UTF-8 text. Only regular files of a sane size are read (a FIFO would block, /dev/zero never
 * ends); every failure is a diagnostic for that file, never an exception.
 */
export function readSource(file: string): Read {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, { maxBytes: MAX_INPUT_BYTES });
  } catch (error) {
    if (error instanceof NotAFileError) {
      return { diagnostics: [fileProblem(file, error.kind.id === 'kind.folder' ? msg('read.folder') : msg('read.not-a-file', { kind: error.kind }))] };
    }
    if (error instanceof TooLargeError) {
      return { diagnostics: [fileProblem(file, msg('read.too-large', { size: megabytes(error.size), max: megabytes(MAX_INPUT_BYTES) }))] };
    }
    return { diagnostics: [fileProblem(file, readProblem(error))] };
  }
  return decode(bytes, file);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * UTF-8 bytes → text. Invalid UTF-8 (a Latin-1 or UTF-16 file) and control characters other than tab and line
 * breaks are positioned errors: decoded silently, they would print U+FFFD or a NUL into the published notice.
 */
export function decode(bytes: Uint8Array, file: string): Read {
  const decoded = asUtf8(bytes);
  if (!('text' in decoded)) {
    const { line, column, problem } = decoded;
    return { diagnostics: [{ file, line, column, severity: 'error', ruleId: 'encoding', ...said(problem) }] };
  }
  const diagnostics = controlCharacters(decoded.text, file);
  return diagnostics.length > 0 ? { diagnostics } : { text: decoded.text, diagnostics };
}

/** Why bytes are no UTF-8 text, and from where. */
interface NotUtf8 {
  line: number;
  column: number;
  problem: Message;
}

/** UTF-8 bytes as text, or what they are instead (UTF-16, or not UTF-8 from a line and column on). */
export function asUtf8(bytes: Uint8Array): { text: string } | NotUtf8 {
  if (isUtf16(bytes)) return { line: 1, column: 1, problem: msg('read.utf16') };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return invalidUtf8(bytes);
  }
}

/**
 * A UTF-16 file: its byte order mark, or (without one) text that starts with an ASCII character stored in two bytes,
 * one of them zero (a UTF-8 notice has no NUL byte at all).
 */
const isUtf16 = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ||
  (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0) && (bytes[0]! | bytes[1]!) < 0x80);

/** The first byte that is not part of valid UTF-8, located by line and column, with the likely cause. */
function invalidUtf8(bytes: Uint8Array): NotUtf8 {
  const offset = firstInvalidByte(bytes);
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 1);
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  const byte = bytes[offset]!;
  const latin1 = byte >= 0xa0 ? String.fromCharCode(byte) : '';
  return { line, column, problem: msg('read.invalid-utf8', { byte: byte.toString(16).toUpperCase().padStart(2, '0'), latin1 }) };
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
      ...said(msg('read.control-character', { code, nul: match[0] === '\0' ? 'NUL' : '' })),
    });
  }
  return diagnostics;
}
