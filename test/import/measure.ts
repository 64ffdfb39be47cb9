import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { classifySections } from '../../src/import/sections.js';
import { recognise } from '../../src/import/recognise/index.js';
import type { Outline } from '../../src/import/outline.js';
import { referenceOutline, seedOutline } from './outlines.js';

/**
 * Precision and recall of the recognisers against what a human put in each field: the five examples (their seed
 * text, read with the test outline of the seeds) and the four reference notices. A fact is a kind and a normalised
 * value; a recognised list item matches a written one when one's words contain the other's.
 */
export type Kind = 'controller' | 'dpo' | 'purposes' | 'data' | 'recipients' | 'retention' | 'bases' | 'rights' | 'authorities';
export interface Fact { kind: Kind; value: string }

const norm = (s: unknown): string => String(s).toLowerCase().replace(/[^a-z0-9à-ÿ@.]+/g, ' ').replace(/\s+/g, ' ').trim();
const digits = (s: unknown): string => String(s).replace(/\D/g, '').replace(/^(?:32|0)+/, '');
const host = (s: unknown): string => String(s).toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const list = (x: unknown): Any[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);

/** A detail of an organisation or contact point, as one comparable string. */
function detail(field: string, v: unknown): string {
  if (field === 'kbo' || field === 'phone') return `${field}:${digits(typeof v === 'object' ? (v as Any).phone : v)}`;
  if (field === 'website') return `website:${host(v)}`;
  if (field === 'address') return `address:${norm((v as Any).street)} ${(v as Any).postalCode}`;
  if (field === 'email') return `email:${norm(typeof v === 'object' ? (v as Any).email : v)}`;
  return `${field}:${norm(v)}`;
}

const purposeNames = (items: Any[]): string[] => items.flatMap((p) => [norm([p.name, p.description].filter(Boolean).join(' ')), ...purposeNames(list(p.items))]);
const purposeBases = (items: Any[]): string[] => items.flatMap((p) => [...list(p.basis).map((b) => b.basis), ...purposeBases(list(p.items))]);

/** The facts a privnote document states, of the kinds the recognisers look for. */
export function written(doc: Any): Fact[] {
  const facts: Fact[] = [];
  const add = (kind: Kind, values: string[]) => values.forEach((value) => facts.push({ kind, value }));
  for (const e of list(doc.controller?.entities)) for (const f of ['name', 'kbo', 'address', 'email', 'phone', 'website']) list(e[f]).forEach((v) => add('controller', [detail(f, v)]));
  // The short name an entity goes by (`alias: OCMW Leuven` beside `name: OCMW van Leuven`) is its name too.
  for (const e of list(doc.controller?.entities)) list(e.alias).forEach((v) => add('controller', [detail('name', v)]));
  for (const d of list(doc.dpo)) for (const f of ['label', 'email', 'phone']) list(d[f]).forEach((v) => add('dpo', [detail(f, v)]));
  add('purposes', purposeNames(list(doc.purposes?.items)));
  const categories = [...list(doc.data?.categories), ...list(doc.data?.groups).flatMap((g) => list(g.categories)), ...list(doc.data?.special?.categories)];
  add('data', categories.map((c) => norm([c.name, c.details, c.description, ...list(c.items)].filter(Boolean).join(' '))));
  add('recipients', [...list(doc.recipients?.items).map(norm), ...list(doc.recipients?.processors).map((p) => norm([p.name, p.category, p.service].filter(Boolean).join(' ')))]);
  add('retention', list(doc.retention?.items).map(norm));
  add('bases', [...new Set([...list(doc.legalBases?.items).map((b) => b.basis), ...purposeBases(list(doc.purposes?.items))])]);
  add('rights', list(doc.rights?.items).map((r) => r.right));
  add('authorities', list(doc.complaints?.authorities).map((a) => a.authority));
  return facts;
}

/** The facts the recognisers find in an outline. */
export function found(outline: Outline): Fact[] {
  const facts: Fact[] = [];
  for (const r of recognise(outline, classifySections(outline))) {
    const [top, second, , field] = r.path;
    const values = list(r.value);
    if (top === 'controller') facts.push({ kind: 'controller', value: detail(String(field), r.value) });
    else if (top === 'dpo') facts.push({ kind: 'dpo', value: detail(String(second), r.value) });
    else if (top === 'purposes') {
      values.forEach((p) => facts.push({ kind: 'purposes', value: norm([p.name, p.description].filter(Boolean).join(' ')) }));
      purposeBases(values).forEach((value) => facts.push({ kind: 'bases', value }));
    } else if (top === 'data') values.forEach((c) => facts.push({ kind: 'data', value: norm([c.name, c.details, c.description].filter(Boolean).join(' ')) }));
    else if (top === 'recipients') values.forEach((v) => facts.push({ kind: 'recipients', value: norm(typeof v === 'string' ? v : v.name) }));
    else if (top === 'retention') values.forEach((v) => facts.push({ kind: 'retention', value: norm(v) }));
    else if (top === 'legalBases') values.forEach((b) => facts.push({ kind: 'bases', value: b.basis }));
    else if (top === 'rights') values.forEach((v) => facts.push({ kind: 'rights', value: v.right }));
    else if (top === 'complaints') values.forEach((v) => facts.push({ kind: 'authorities', value: v.authority }));
  }
  // A basis or a right is one fact however often it is named.
  return facts.filter((f, i) => !['bases', 'rights', 'authorities'].includes(f.kind) || facts.findIndex((g) => g.kind === f.kind && g.value === f.value) === i);
}

const TEXTUAL: Kind[] = ['purposes', 'data', 'recipients', 'retention'];
const same = (a: Fact, b: Fact): boolean =>
  a.kind === b.kind && (a.value === b.value || (TEXTUAL.includes(a.kind) && Math.min(a.value.length, b.value.length) >= 4 && (a.value.includes(b.value) || b.value.includes(a.value))));

export interface Score { name: string; found: number; correct: number; expected: number; recalled: number; wrong: Fact[]; missed: Fact[]; byKind: Record<string, [correct: number, found: number, recalled: number, expected: number]> }

export function score(name: string, outline: Outline, doc: Any): Score {
  const expected = written(doc);
  const got = found(outline);
  const wrong = got.filter((g) => !expected.some((e) => same(g, e)));
  const byKind: Score['byKind'] = {};
  for (const kind of new Set([...expected, ...got].map((f) => f.kind))) {
    const g = got.filter((f) => f.kind === kind);
    const e = expected.filter((f) => f.kind === kind);
    byKind[kind] = [g.filter((x) => !wrong.includes(x)).length, g.length, e.filter((x) => got.some((y) => same(y, x))).length, e.length];
  }
  const missed = expected.filter((e) => !got.some((g) => same(g, e)));
  return { name, found: got.length, correct: got.length - wrong.length, expected: expected.length, recalled: expected.length - missed.length, wrong, missed, byKind };
}

export const EXAMPLES = ['groep-intro', 'lokaal-partnerschap-west-limburg', 'ocmw-leuven', 'protocol-opgroeien-ocmw-leopoldsburg', 'provincie-limburg-plot'];
export const NOTICES = ['gemeente', 'school', 'sportclub', 'webshop'];

export const scores = (): Score[] => [
  ...EXAMPLES.map((n) => score(n, seedOutline(readFileSync(`test/seeds/${n}.txt`, 'utf8'), `${n}.txt`), parse(readFileSync(`examples/${n}.yaml`, 'utf8')))),
  ...NOTICES.map((n) => score(n, referenceOutline(readFileSync(`test/notices/${n}/reference.txt`, 'utf8')), parse(readFileSync(`test/notices/${n}/notice.yaml`, 'utf8')))),
];
