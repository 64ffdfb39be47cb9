import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { nesting } from './depth.js';
import type { Path, SourceMap } from './source-map.js';

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
export function load(text: string, file: string): Loaded {
  // A nesting bomb would exhaust memory in the parser itself: refused before it is parsed.
  const tooDeep = nesting(text, file);
  if (tooDeep.length > 0) return { file, text, data: undefined, sourceMap: { lookup: () => undefined }, diagnostics: tooDeep };
  const lineCounter = new LineCounter();
  // `schema: 'core'` keeps a `%YAML 1.1` directive from turning `no` into false or dates into Date objects.
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const sourceMap = buildSourceMap(doc.contents, lineCounter);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  for (const error of [...doc.errors, ...doc.warnings]) {
    diagnostics.push({
      ...at(error.pos[0]),
      severity: doc.errors.includes(error as never) ? 'error' : 'warning',
      ruleId: YAML_RULES[error.code] ?? 'yaml-syntax',
      message:
        error.code === 'DUPLICATE_KEY'
          ? `dubbele sleutel "${keyAt(text, error.pos[0])}": elke sleutel mag maar één keer voorkomen`
          : `ongeldige YAML: ${firstLine(error.message)}`,
    });
  }
  if (doc.errors.length > 0) return { file, text, data: undefined, sourceMap, diagnostics };

  if (!isMap(doc.contents)) {
    const found = doc.contents === null ? 'an empty document' : describeNode(doc.contents);
    diagnostics.push({
      ...at(doc.contents?.range?.[0] ?? 0),
      severity: 'error',
      ruleId: 'yaml-not-mapping',
      message: `expected a mapping of keys (title:, controller:, …) at the top level, found ${found}`,
    });
    return { file, text, data: undefined, sourceMap, diagnostics };
  }

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    return { file, text, data, sourceMap, diagnostics };
  } catch (error) {
    diagnostics.push({
      ...at(0),
      severity: 'error',
      ruleId: 'yaml-alias',
      message: `${firstLine((error as Error).message)} (at most ${MAX_ALIAS_COUNT} alias expansions)`,
    });
    return { file, text, data: undefined, sourceMap, diagnostics };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The key written at `offset` (up to its colon), for messages. */
function keyAt(text: string, offset: number): string {
  return /^\s*["']?([^"':\n]*)/.exec(text.slice(offset))![1]!.trim();
}

function describeNode(node: Node): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `the scalar ${JSON.stringify(node.value)}`;
  return 'an alias';
}

/** Finds nodes in the YAML syntax tree by path when asked, instead of indexing every node of every document. */
function buildSourceMap(root: unknown, lineCounter: LineCounter): SourceMap {
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    lookup(path: Path) {
      let node: unknown = root;
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
      const range = (node as Node | null)?.range;
      return { value: range ? position(range[0]) : undefined, key: key?.range ? position(key.range[0]) : undefined };
    },
  };
}
