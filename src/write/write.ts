import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const made = new Set<string>();

/**
 * Writes a file atomically: a temporary file in the same directory, then a rename. A reader (or a crash) never
 * sees half a notice, and a failed build leaves the previous output in place. Synchronous on purpose: for many
 * small files that is faster than a round trip through the thread pool for each call.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    made.delete(dir);
    throw error;
  }
}
