import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { nesting } from './depth.js';
import { noSourceMap, type Path, type SourceMap } from './source-map.js';
import { textOffsets } from './text-offsets.js';
import { yamlMessage } from './yaml-messages.js';
import { msg, said, type Message } from '../messages/message.js';

export interface Loaded {
  file: string;
  text: string;
  /** The parsed value, or undefined when the YAML could not be turned into a mapping. */
  data: Record<string, unknown> | undefined;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
}

/** Aliases expand exponentially ("billion laughs"); a notice never needs more than a handful. */
const MAX_ALIAS_COUNT = 100;

const YAML_RULES: Record<string, string> = { DUPLICATE_KEY: 'yaml-duplicate-key' };

/**
 * Parses one YAML file, keeping the position of every node so later stages can point at it.
 * Never throws on bad input: every problem becomes a diagnostic.
 */
/** `kind`: a notice, or privnote's config file (whose top level is not asked for a title). */
export function load(text: string, file: string, kind: 'notice' | 'config' = 'notice'): Loaded {
  // A nesting bomb would exhaust memory in the parser itself: refused before it is parsed.
  const tooDeep = nesting(text, file);
  if (tooDeep.length > 0) return { file, text, data: undefined, sourceMap: noSourceMap, diagnostics: tooDeep };
  const lineCounter = new LineCounter();
  // `schema: 'core'` keeps a `%YAML 1.1` directive from turning `no` into false or dates into Date objects; `logLevel:
  // 'error'` keeps the library from printing a Node warning of its own (a mapping as a key is reported below instead).
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const sourceMap = buildSourceMap(doc, text, lineCounter);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  // One message per place: a mistake often trips two checks of the library at once (a field under a text is both a
  // "nested mapping" and a "multi-line key"), and a stack overflow is reported at every level it unwinds through.
  const reported = new Set<string>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const place = error.code === 'RESOURCE_EXHAUSTION' ? error.code : String(error.pos[0]);
    if (reported.has(place)) continue;
    reported.add(place);
    diagnostics.push({
      ...at(error.pos[0]),
      severity: doc.errors.includes(error as never) ? 'error' : 'warning',
      ruleId: YAML_RULES[error.code] ?? 'yaml-syntax',
      ...said(yamlMessage(error, text)),
    });
  }
  if (doc.errors.length > 0) return { file, text, data: undefined, sourceMap, diagnostics };

  for (const key of collectionKeys(doc)) {
    diagnostics.push({ ...at(key.range?.[0] ?? 0), severity: 'error', ruleId: 'yaml-syntax', ...said(collectionKeyMessage(key, doc, text)) });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { file, text, data: undefined, sourceMap, diagnostics };

  if (!isMap(doc.contents)) {
    diagnostics.push({
      ...at(doc.contents?.range?.[0] ?? 0),
      severity: 'error',
      ruleId: 'yaml-not-mapping',
      ...said(notMapping(doc.contents, kind)),
    });
    return { file, text, data: undefined, sourceMap, diagnostics };
  }

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    return { file, text, data, sourceMap, diagnostics };
  } catch (error) {
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec((error as Error).message);
    diagnostics.push({
      ...at(0),
      severity: 'error',
      ruleId: 'yaml-alias',
      ...said(unresolved ? msg('yaml.unresolved-alias', { name: unresolved[1]! }) : msg('yaml.alias-bomb', { max: MAX_ALIAS_COUNT })),
    });
    return { file, text, data: undefined, sourceMap, diagnostics };
  }
}

/** Keys that are a list or a mapping (`[a, b]: x`, `? { a: 1 }`): JavaScript would turn them into a text. */
function collectionKeys(doc: Document): Node[] {
  const keys: Node[] = [];
  // In the order of yaml's `visit` (a pair, its key, its value), by hand: `visit` was half the loader's own time.
  const walk = (node: unknown): void => {
    if (!isCollection(node)) return;
    for (const item of node.items) {
      if (!isPair(item)) {
        walk(item);
        continue;
      }
      const key = item.key as Node | null;
      if (isCollection(key) || (isAlias(key) && isCollection(key.resolve(doc)))) keys.push(key);
      walk(key);
      walk(item.value);
    }
  };
  walk(doc.contents);
  return keys;
}

function collectionKeyMessage(key: Node, doc: Document, text: string): Message {
  const list = isSeq(isAlias(key) ? key.resolve(doc) : key);
  const [start, end] = key.range ?? [0, 0];
  const written = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const explicit = /\?\s*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  const shown = written.length > 40 ? `${written.slice(0, 39)}…` : written;
  const id = list ? (explicit ? 'yaml.list-key-explicit' : 'yaml.list-key') : explicit ? 'yaml.mapping-key-explicit' : 'yaml.mapping-key';
  return msg(id, { written: shown });
}

/** What the top level of a notice must be, in words, and what was found instead. */
function notMapping(contents: Node | null, kind: 'notice' | 'config'): Message {
  if (contents === null) return kind === 'config' ? msg('yaml.config-null') : msg('yaml.empty');
  const fields = kind === 'config' ? msg('yaml.config-fields') : msg('yaml.notice-fields');
  if (isSeq(contents)) return msg('yaml.top-list', { fields });
  if (isScalar(contents)) return msg('yaml.top-text', { fields, text: JSON.stringify(contents.value) });
  return msg('yaml.top-alias', { fields });
}

/** Finds nodes in the YAML syntax tree by path when asked, instead of indexing every node of every document. */
function buildSourceMap(doc: Document, text: string, lineCounter: LineCounter): SourceMap {
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: Path): { node: unknown; key?: Node } | undefined => {
    let node: unknown = doc.contents;
    let key: Node | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(part));
        if (!pair) return undefined;
        [key, node] = [pair.key as Node, pair.value];
      } else if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
        [key, node] = [undefined, node.items[part]];
      } else {
        return undefined;
      }
    }
    return { node, key };
  };
  // Computed once per text that has findings: a long text may have many.
  const offsets = new WeakMap<Scalar, Int32Array>();
  return {
    lookup(path: Path) {
      const found = nodeAt(path);
      if (!found) return undefined;
      const range = (found.node as Node | null)?.range;
      return { value: range ? position(range[0]) : undefined, key: found.key?.range ? position(found.key.range[0]) : undefined };
    },
    written(path: Path) {
      // Through an alias (`vat: *kbo`), what its anchor says: that is the value.
      const found = nodeAt(path)?.node;
      const node = isAlias(found) ? found.resolve(doc) : found;
      return isScalar(node) && node.type === Scalar.PLAIN && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
    within(path: Path, index: number) {
      const node = nodeAt(path)?.node;
      if (!isScalar(node) || typeof node.value !== 'string' || index < 0 || index >= node.value.length) return undefined;
      if (!offsets.has(node)) offsets.set(node, textOffsets(node, text));
      return position(offsets.get(node)![index]!);
    },
  };
}
