import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (resources are read relative to it, whatever the cwd), from src/ or dist/src/ alike. */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`privnote: package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

const here = fileURLToPath(import.meta.url);
export const packageRoot = findRoot(dirname(here));

/** The code that runs: the bundle (dist/privnote.cjs, scripts/bundle.mjs), else the modules' folder (src/, dist/src/). */
export const runningCode = here.endsWith('.cjs') ? here : dirname(here);
export const schemaPath = join(packageRoot, 'schemas', 'privacy-notice.schema.json');
export const templatesDir = join(packageRoot, 'templates');

/** privnote's own version, written into every output so a published notice can be traced. */
export const privnoteVersion = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
