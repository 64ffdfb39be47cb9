import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `path` relative to `dir` when it lies inside it (`docs/rules/kbo-number.md`), else undefined. */
export function relativeInside(dir: string, path: string): string | undefined {
  const inside = relative(dir, resolve(dir, path));
  return inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? undefined : inside;
}
