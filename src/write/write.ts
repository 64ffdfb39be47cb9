import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
