/** Where the nodes of a YAML document are, by JSON pointer (RFC 6901). */
export type Path = (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface SourceMap {
  /** Start of each node's value. */
  values: Map<string, Position>;
  /** Start of each mapping key. */
  keys: Map<string, Position>;
}

export const pointer = (path: Path): string =>
  path.map((part) => '/' + String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('');

export const fromPointer = (text: string): Path =>
  text === ''
    ? []
    : text
        .slice(1)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * The position of the node at `path`; for a path that does not exist (a missing key),
 * the closest existing parent, so a missing property is reported on its mapping.
 */
export function locate(map: SourceMap, path: Path, preferKey = false): Position {
  for (let length = path.length; length >= 0; length--) {
    const key = pointer(path.slice(0, length));
    const found = (preferKey && length === path.length && map.keys.get(key)) || map.values.get(key);
    if (found) return found;
  }
  return { line: 1, column: 1 };
}

/**
 * Where a finding about the node at `path` is shown: a value on its key's line (`kbo: 123` → the value), but a
 * block mapping or list at its key (`rights:` rather than its first item), and a missing node at its closest parent.
 */
export function locateFinding(map: SourceMap, path: Path): Position {
  for (let length = path.length; length >= 0; length--) {
    const key = pointer(path.slice(0, length));
    const value = map.values.get(key);
    const keyPosition = map.keys.get(key);
    if (keyPosition && (!value || value.line > keyPosition.line)) return keyPosition;
    if (value) return value;
  }
  return { line: 1, column: 1 };
}
