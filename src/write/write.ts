import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { msg, said, type Message } from '../messages/message.js';

/**
 * Writes a file atomically: a new temporary file in the same directory (created exclusively, so a planted link is
 * never followed), then a rename over the target (which replaces a link instead of writing through it). A reader, or
 * a crash, never sees half a notice, and a failed build leaves the previous output in place. Synchronous on purpose:
 * for many small files that is faster than a round trip through the thread pool for each call.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Why a file could not be written, in words; the system's own text for a code not listed. */
export function writeReason(error: unknown): Message | string {
  const { code, message } = error as NodeJS.ErrnoException;
  const known: Record<string, Message> = {
    EISDIR: msg('write.folder'), ENOTDIR: msg('write.not-a-folder'), EACCES: msg('write.no-permission'), EROFS: msg('write.read-only'),
    ENOSPC: msg('write.disk-full'), EEXIST: msg('write.in-the-way'),
  };
  return (code && known[code]) || String(message ?? error).split('\n')[0]!;
}

/** An output of `file` that could not be written, as the document's error (the other outputs and documents go on). */
export const writeFailure = (file: string, path: string, error: unknown): Diagnostic =>
  ({ file, line: 0, column: 0, severity: 'error', ruleId: 'write-error', ...said(msg('write.failed', { path, reason: writeReason(error) })) });
