import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Where V8's compiled code of the bundle is kept: the user's own cache folder (no one else can plant code there). */
export const codeCacheDir = (): string => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'privnote', 'code');

export interface Loaded {
  exports: unknown;
  /** `used`: V8 took the cached code; `rejected`: it refused it (another V8, flags or source), `none`: there was none. */
  cache: 'used' | 'rejected' | 'none';
  /** Keeps what V8 compiled so far (call it after the run: the code it ran is then compiled too) for the next start. */
  save(): void;
}

/**
 * Runs a CommonJS file (the bundle, dist/privnote.cjs) as Node's loader would, but with V8's code cache: a start then
 * compiles nothing it compiled before. The cache is named after the file's bytes, Node's version and platform and
 * `variant` (the command: each compiles other code, and keeps one cache), so a changed bundle or another Node never
 * finds it; V8 checks it once more and refuses data of another V8 or other flags. A cache that cannot be read or
 * written costs the cache, never the run. The file must not use import(): V8 loses it in code from the cache.
 */
export function loadCached(file: string, cacheDir: string, variant: string): Loaded {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const key = createHash('sha256')
    .update(bytes)
    .update(['', process.version, process.platform, process.arch, process.versions.v8, variant].join('\0'))
    .digest('hex');
  const prefix = `${variant || 'privnote'}-`;
  const cacheFile = join(cacheDir, `${prefix}${key.slice(0, 32)}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet, or none that can be read: compiled from source.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const cache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const save = () => {
    if (cache === 'used') return;
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written whole, then renamed: a start running beside this one reads the old cache or the new, never half.
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
      // This command's caches of other bundles (rebuilt, upgraded) would only take up room.
      for (const name of readdirSync(cacheDir)) {
        if (name.startsWith(prefix) && join(cacheDir, name) !== cacheFile) rmSync(join(cacheDir, name), { force: true });
      }
    } catch {
      // A cache folder that cannot be written: the next start compiles again.
    }
  };
  return { exports: module.exports, cache, save };
}
