import { readdirSync, readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { compileDocument } from '../src/compile.js';
import { load } from '../src/load/load.js';
import { pointer, type Path } from '../src/load/source-map.js';
import { ruleIds } from '../src/rules/index.js';

/**
 * Invalid documents made from valid ones, one field broken at a time, to measure that the rules still run on the rest
 * of a document with schema errors and never say something is missing because it was only invalid.
 */
export interface Breakage {
  file: string;
  path: Path;
  how: string;
  text: string;
}

/** Every valid document of the examples and test fixtures: the notices, and each rule's failing and passing case. */
export function validDocuments(): { file: string; text: string }[] {
  const files = [
    ...readdirSync('examples', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && !f.endsWith('privnote.config.yaml')).map((f) => `examples/${f}`),
    ...readdirSync('test/notices').filter((d) => !d.includes('.')).map((d) => `test/notices/${d}/notice.yaml`),
    ...readdirSync('test/rules').flatMap((id) => [`test/rules/${id}/fail.yaml`, `test/rules/${id}/pass.yaml`]),
  ];
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Values of the wrong kind for a node: what an author gets wrong (a text for a list, a list for a text, a typo). */
function wrongValues(value: unknown): [string, unknown][] {
  if (typeof value === 'string') return [['een getal', 42], ['een mapping', { tekst: value }], ['een tikfout', `${value}x`]];
  if (Array.isArray(value)) return [['tekst', 'tekst'], ['een lege lijst', []]];
  if (isMapping(value)) return [['tekst', 'tekst'], ['een onbekend veld', { ...value, onbekendVeld: 'x' }], ['een lege mapping', {}]];
  if (typeof value === 'boolean') return [['tekst', 'ja']];
  if (typeof value === 'number') return [['tekst', 'veel']];
  return [];
}

/** Every node of a document, with its path. */
function nodes(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const children = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : isMapping(value) ? Object.entries(value) : [];
  return [{ path, value }, ...children.flatMap(([key, item]) => nodes(item, [...path, key]))];
}

const setAt = (data: unknown, path: Path, value: unknown): unknown => {
  const copy = structuredClone(data);
  const parent = path.slice(0, -1).reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], copy);
  (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
  return copy;
};

/** Each document broken at every `every`-th node, in each wrong way; only breakages the schema rejects count. */
export function breakages(documents: { file: string; text: string }[], every: number): Breakage[] {
  return documents.flatMap(({ file, text }) => {
    const data = load(text, file).data;
    return nodes(data)
      .filter((node, index) => node.path.length > 0 && index % every === 0)
      .flatMap(({ path, value }) => wrongValues(value).map(([how, wrong]) => ({ file, path, how, text: stringify(setAt(data, path, wrong)) })));
  });
}

const RULES = new Set([...ruleIds, 'internal']);
const key = (d: { ruleId: string; path?: Path; message: string }) => `${d.ruleId} ${pointer(d.path ?? [])} ${d.message}`;

/** The rule findings of a document (by rule, path and message, with their path), and how many schema errors it has. */
function findings(file: string, text: string): { rules: Map<string, Path>; schemaErrors: number } {
  const { diagnostics } = compileDocument({ file, text });
  return {
    rules: new Map(diagnostics.filter((d) => RULES.has(d.ruleId)).map((d) => [key(d), d.path ?? []])),
    schemaErrors: diagnostics.filter((d) => d.ruleId.startsWith('schema-')).length,
  };
}

const under = (path: Path, part: Path) => part.every((p, i) => path[i] === p);

export interface Outcome {
  broken: number;
  /** Rule findings that appear only in the broken document, outside the broken part: false alarms. */
  falseAlarms: string[];
  /**
   * Findings of the valid document that the broken one has at another place: a rule that names the first source from
   * others names the next one when the first is broken. The same words, still true, not a new problem.
   */
  moved: string[];
  /** Rule findings of the valid document outside the broken part (and not above it) that the broken one lacks. */
  lost: string[];
  /** Those it still has. */
  kept: number;
}

/** Compares the rule findings of each broken document with those of the valid one. */
export function measure(documents: { file: string; text: string }[], every: number): Outcome {
  const valid = new Map(documents.map(({ file, text }) => [file, findings(file, stringify(load(text, file).data))]));
  const outcome: Outcome = { broken: 0, falseAlarms: [], moved: [], lost: [], kept: 0 };
  for (const broken of breakages(documents, every)) {
    const found = findings(broken.file, broken.text);
    if (found.schemaErrors === 0) continue;
    outcome.broken++;
    const before = valid.get(broken.file)!.rules;
    const said = new Set([...before].map(([finding, path]) => finding.replace(` ${pointer(path)} `, ' ')));
    for (const [finding, path] of found.rules) {
      if (before.has(finding) || under(path, broken.path)) continue;
      const where = `${broken.file} ${pointer(broken.path)} (${broken.how}): ${finding}`;
      (said.has(finding.replace(` ${pointer(path)} `, ' ')) ? outcome.moved : outcome.falseAlarms).push(where);
    }
    for (const [finding, path] of before) {
      if (under(path, broken.path) || under(broken.path, path)) continue;
      if (found.rules.has(finding)) outcome.kept++;
      else outcome.lost.push(`${broken.file} ${pointer(broken.path)} (${broken.how}): ${finding}`);
    }
  }
  return outcome;
}
