import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

/**
 * What `npm run build` made from privnote's own resources (dist/generated/<name>.cjs), or undefined without a build.
 * Each records a hash of what it was made from, and its user checks that hash against the resource as it is now.
 * The bundle (scripts/bundle.mjs) replaces this module by one that has them inside, so no run looks for files.
 */
export const precompiled = (name: 'validate-notice' | 'templates' | 'texts'): unknown => {
  const file = join(packageRoot, 'dist', 'generated', `${name}.cjs`);
  return existsSync(file) ? createRequire(import.meta.url)(file) : undefined;
};
