import type { Path } from '../load/source-map.js';
import { msg, type Message } from '../messages/message.js';
import { didYouMean } from '../suggest.js';
import { writtenTexts, type TextsOverride } from './texts.js';

/** A problem of a texts override: where it is (below `at`), whether at the key, and what is wrong. */
export interface TextsProblem {
  path: Path;
  /** Shown at the key (an unknown name) rather than at the value (a wrong type). */
  atKey: boolean;
  ruleId: 'unknown-text' | 'text-type';
  message: Message;
}

type Node = unknown;
const isMapping = (value: Node): value is Record<string, Node> => typeof value === 'object' && value !== null && !Array.isArray(value);

const described = (value: Node): Message =>
  value === null
    ? msg('value.empty')
    : Array.isArray(value)
      ? msg('value.list', { count: value.length })
      : isMapping(value)
        ? msg('value.mapping')
        : typeof value === 'string'
          ? msg('value.text')
          : typeof value === 'number'
            ? msg('value.number', { value })
            : msg('value.other', { value: String(value) });

/** Every place a key occurs in the standard texts, as a dotted path (`rights.inzage`), for "bedoelde je …?". */
function placesOf(key: string, node: Node, prefix: string[] = [], out: string[] = []): string[] {
  if (!isMapping(node)) return out;
  for (const [name, child] of Object.entries(node)) {
    if (name === key) out.push([...prefix, name].join('.'));
    placesOf(key, child, [...prefix, name], out);
  }
  return out;
}

/**
 * Checks a texts override (privnote.config.yaml `texts:`, a document's `texts:`) against the standard texts: every
 * key must name one of them, every text is a text (with `{je|u}` choices if need be) or `false`, a group of texts
 * (`labels`, `rights.inzage`) a mapping, the months a list of twelve. Returns what is valid, and a problem for the
 * rest, each at its path below `at`.
 */
export function checkTextsOverride(value: Node, at: Path): { overrides: TextsOverride; problems: TextsProblem[] } {
  const problems: TextsProblem[] = [];
  const root = writtenTexts() as unknown as Record<string, Node>;
  const walk = (base: Node, node: Node, path: string[]): Node => {
    const name = path.join('.');
    const where = [...at, ...path];
    const wrong = (expected: Message) =>
      problems.push({ path: where, atKey: false, ruleId: 'text-type', message: msg('texts.expected', { name, expected, found: described(node) }) });
    if (typeof base === 'string') {
      if (typeof node === 'string' || node === false) return node;
      wrong(msg('texts.expect-text'));
      return undefined;
    }
    if (Array.isArray(base)) {
      if (Array.isArray(node) && node.length === base.length && node.every((item) => typeof item === 'string')) return node;
      wrong(msg('texts.expect-list', { count: base.length }));
      return undefined;
    }
    if (!isMapping(node)) {
      const keys = Object.keys(base as object);
      const sample = `${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''}`;
      if (node === false) problems.push({ path: where, atKey: false, ruleId: 'text-type', message: msg('texts.group-off', { name, sample }) });
      else wrong(msg('texts.expect-mapping', { sample }));
      return undefined;
    }
    const out: Record<string, Node> = {};
    for (const [key, child] of Object.entries(node)) {
      if (!Object.hasOwn(base as object, key)) {
        const near = didYouMean(key, Object.keys(base as object));
        const elsewhere = near.id !== 'fragment.empty' ? [] : placesOf(key, root).filter((place) => place !== [...path, key].join('.'));
        const hint = elsewhere.length ? msg('fragment.did-you-mean', { word: elsewhere[0]! }) : near;
        problems.push({ path: [...where, key], atKey: true, ruleId: 'unknown-text', message: msg('texts.unknown', { name: [...path, key].join('.'), hint }) });
        continue;
      }
      const checked = walk((base as Record<string, Node>)[key], child, [...path, key]);
      if (checked !== undefined) out[key] = checked;
    }
    return out;
  };
  const overrides = walk(root, value, []);
  return { overrides: (overrides ?? {}) as TextsOverride, problems };
}
