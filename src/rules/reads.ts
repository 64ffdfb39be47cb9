import { pointer, type Path } from '../load/source-map.js';
import type { Pruned } from '../validate/prune.js';

/**
 * The pruned document as the rules see it, noting every time a rule reads where a part was cut: asks for a key that
 * was cut, lists a mapping's keys, or reads a list that lost items. What a rule concludes from such a read ("X
 * ontbreekt") may be due to the cut, not to the document: `dependsOnCut` tells which of its findings to drop.
 */
export function watchReads(pruned: Pruned): { document: unknown; reads: Map<string, Path> } {
  const reads = new Map<string, Path>();
  const note = (paths: Path[]) => paths.forEach((path) => reads.set(pointer(path), path));
  const proxies = new WeakMap<object, object>();
  const watch = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = proxies.get(value);
    if (known) return known;
    const cut = pruned.cut.get(value) ?? [];
    // A list that lost items: any read of it may count or search them. A mapping: a read of a key that was cut, or of
    // a key it lacks, which may be an unknown key that was cut (`emial` for `email`).
    const misnamed = cut.filter((at) => pruned.unknownKeys.has(pointer(at)));
    const noteKey = (key: string | symbol) => {
      if (typeof key !== 'string' || cut.length === 0) return;
      if (Array.isArray(value)) note(cut);
      else note(key in value ? cut.filter((at) => String(at.at(-1)) === key) : [...misnamed, ...cut.filter((at) => String(at.at(-1)) === key)]);
    };
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        noteKey(key);
        const item: unknown = Reflect.get(target, key, receiver);
        return typeof key === 'string' && Object.hasOwn(target, key) ? watch(item) : item;
      },
      has(target, key) {
        noteKey(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        note(cut);
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  return { document: watch(pruned.document), reads };
}

/**
 * Whether a finding at `finding` may be due to a read at `read` (both document paths): unless they lie in different
 * items of one list (a rule that checks each purpose alone), a finding beside, above or below a cut part may say
 * something is missing that is only invalid.
 */
export function dependsOnCut(finding: Path, read: Path): boolean {
  const at = finding.findIndex((part, i) => i >= read.length || part !== read[i]);
  return at < 0 || at >= read.length || typeof finding[at] !== 'number' || typeof read[at] !== 'number';
}
