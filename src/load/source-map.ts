/** Where the nodes of a YAML document are, by JSON pointer (RFC 6901). */
export type Path = (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface SourceMap {
  /**
   * Where the node at `path` starts (its value) and where its key starts, if it has one; undefined when the path
   * does not exist. Looked up on demand: most documents need only the positions of their few findings.
   */
  lookup(path: Path): { value?: Position; key?: Position } | undefined;
  /**
   * How the unquoted scalar at `path` is written in the file (`0671516647`, `~`, `1e400`), or undefined for any other
   * node: what YAML turned into a number, true/false or null was written as text by the user, and messages show that.
   */
  written(path: Path): string | undefined;
  /**
   * Where character `index` of the text at `path` stands in the file (through a block's indentation, folded lines and
   * escapes), or undefined when `path` holds no text: a finding about a part of a long text points at that part.
   */
  within(path: Path, index: number): Position | undefined;
}

/** The source map of a document that could not be parsed: nothing has a position. */
export const noSourceMap: SourceMap = { lookup: () => undefined, written: () => undefined, within: () => undefined };

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
    const node = map.lookup(path.slice(0, length));
    const found = (preferKey && length === path.length && node?.key) || node?.value;
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
    const node = map.lookup(path.slice(0, length));
    if (node?.key && (!node.value || node.value.line > node.key.line)) return node.key;
    if (node?.value) return node.value;
  }
  return { line: 1, column: 1 };
}
