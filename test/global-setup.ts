import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Everything `npm run build` reads. */
const SOURCES = ['src', 'scripts', 'schemas', 'templates', 'package.json', 'tsconfig.json'];
const STAMP = join('dist', '.sources-hash');

function sourcesHash(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (path === join('src', 'generated')) return; // made by the build itself
    if (statSync(path).isDirectory()) readdirSync(path).sort().forEach((entry) => visit(join(path, entry)));
    else hash.update(path).update('\0').update(readFileSync(path));
  };
  SOURCES.forEach(visit);
  return hash.digest('hex');
}

/**
 * Builds dist/ once for the whole suite, and only when its sources changed since the last build: the tests that run
 * the real executable, the worker threads and the precompiled schema and templates all come from dist/.
 */
export default function setup(): void {
  const hash = sourcesHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  writeFileSync(STAMP, hash);
}
