import { Document, isMap, isSeq, type Node } from 'yaml';
import { compileDocument } from '../compile.js';
import { SECTION_PARTS, type SectionId } from '../generated/sections.js';
import { msg, text } from '../messages/message.js';
import { layout, type Layout, type SectionPlan } from './layout.js';
import type { Block, Outline } from './outline.js';
import { plain } from './read/inline.js';
import type { Recognised } from './recognise/index.js';

/** The controller's name until the author (or a recogniser) gives it: a placeholder `check` reports as a draft. */
export const NAME_PLACEHOLDER = '(naam invullen)';

export interface Written {
  /** The privnote document as YAML, a comment above each recognised fact. */
  yaml: string;
  /** The recognitions the document holds, and those left out because their value did not fit the schema. */
  recognised: Recognised[];
  dropped: Recognised[];
  /** Per section (its heading, or its key), how many of its blocks stayed free text. */
  free: { section: string; count: number }[];
  sections: SectionPlan[];
}

type Json = Record<string, unknown>;
type Path = (string | number)[];

/**
 * The privnote document of an outline: its sections in the source's order (`style.sections`), each section's blocks
 * in `blocks` (free text, subheadings, and `{ part }` where a recognised value says what its blocks said), and each
 * recognised value in its field. The result always fits the schema and builds: a standard section the schema rejects
 * without its required fields becomes an own section, and a recognition whose value makes the document invalid is
 * dropped (its blocks stay text).
 */
export function writeNotice(outline: Outline, classified: Map<number, string | undefined>, recognitions: Recognised[]): Written {
  const plan = layout(outline, classified);
  let accepted = settle(outline, plan, recognitions);
  for (;;) {
    const wrong = new Set(errorsOf(assemble(outline, plan, accepted).document).map((path) => path[0]));
    if (wrong.size === 0) break;
    // A standard section the schema rejects as it is (a required field nobody recognised) becomes the author's own.
    const demoted = plan.sections.filter((s) => !s.own && wrong.has(s.key));
    for (const section of demoted) Object.assign(section, { own: true, key: `eigen-${section.key}` });
    const kept = demoted.length > 0 ? settle(outline, plan, accepted) : accepted.filter((r) => !wrong.has(r.path[0]));
    if (demoted.length === 0 && kept.length === accepted.length) throw new Error(`import: no valid document for ${outline.file}`);
    accepted = kept;
  }
  const { document, comments, free } = assemble(outline, plan, accepted);
  placeTheRest(document);
  return { yaml: toYaml(document, comments), recognised: accepted, dropped: recognitions.filter((r) => !accepted.includes(r)), free, sections: plan.sections };
}

/**
 * The recognitions the document can hold: all of them when the document is valid with them, else one by one in their
 * order, each kept when it adds no error to those the document has without it (one that mends an error is welcome).
 */
function settle(outline: Outline, plan: Layout, recognitions: Recognised[]): Recognised[] {
  const errors = (rs: Recognised[]) => new Set(errorsOf(assemble(outline, plan, rs).document).map((path) => JSON.stringify(path)));
  if (errors(recognitions).size === 0) return recognitions;
  const accepted: Recognised[] = [];
  let current = errors([]);
  for (const r of recognitions) {
    const next = errors([...accepted, r]);
    if ([...next].every((e) => current.has(e))) {
      accepted.push(r);
      current = next;
    }
  }
  return accepted;
}

/** What compiling a document (schema and model, without the legal rules) reports. */
const diagnosticsOf = (document: Json) => compileDocument({ file: 'imported.yaml', text: toYaml(document, []) }, { rules: false }).diagnostics;

/** The paths of the errors of a document. */
const errorsOf = (document: Json): Path[] => diagnosticsOf(document).filter((d) => d.severity === 'error').map((d) => d.path ?? []);

/**
 * The parts a section prints from what it has (its standard texts, the rights the legal bases give) that its `blocks`
 * do not place yet: placed at its end, where privnote would put them anyway, so the document says where they are.
 */
function placeTheRest(document: Json): void {
  for (const d of diagnosticsOf(document)) {
    if (d.ruleId !== 'part-not-placed' || !d.path) continue;
    const blocks = d.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document) as Json[];
    for (const [, part] of String(d.params?.names ?? '').matchAll(/"([^"]+)"/g)) blocks.push({ part });
  }
}

interface Assembled {
  document: Json;
  comments: { path: Path; comment: string }[];
  free: Written['free'];
}

function assemble(outline: Outline, { title, sections }: Layout, accepted: Recognised[]): Assembled {
  const document: Json = { title: title || 'Privacyverklaring', controller: { entities: [{ name: NAME_PLACEHOLDER }] } };
  const comments: Assembled['comments'] = [];
  const consumedBy = new Map<number, Recognised>();
  for (const r of accepted) {
    setPath(document, r.path, r.value);
    comments.push({ path: r.path, comment: commentOf(r) });
    for (const index of r.consumed) if (!consumedBy.has(index)) consumedBy.set(index, r);
  }
  const free: Written['free'] = [];
  const extra: Json[] = [];
  for (const section of sections) {
    const target = section.own ? { id: section.key } : ((document[section.key] as Json | undefined) ?? {});
    const at = section.own ? ['extraSections', extra.length] : [section.key];
    const { blocks, count } = sectionBlocks(outline, section, target, accepted, consumedBy, (index, comment) => comments.push({ path: [...at, 'blocks', index], comment }));
    if (section.heading) target.heading = section.heading;
    else if (section.key === 'introduction') target.display = 'zonder-titel';
    if (blocks.length > 0) target.blocks = [...((target.blocks as Json[] | undefined) ?? []), ...blocks];
    if (section.own) extra.push(target);
    else document[section.key] = target;
    if (count > 0) free.push({ section: section.heading ?? section.key, count });
  }
  // The keys in reading order: title, style, the sections as they follow each other, then what else was recognised.
  const order = sectionOrder(document, sections);
  const ordered: Json = { title: document.title, style: { sections: order } };
  for (const key of [...order, ...Object.keys(document)]) if (document[key] !== undefined) ordered[key] ??= document[key];
  if (extra.length > 0) ordered.extraSections = extra;
  return { document: ordered, comments, free };
}

const commentOf = (r: Recognised) => text(msg('fragment.import-comment', { what: r.what.replace(/\s+/g, ' '), line: r.line }));

/**
 * A section's `blocks`: each block of the source as text in its order, except the blocks a recognised value says in
 * full, where the value's part stands instead (once). A value that leaves its text standing is placed after the block
 * it was found in (or last), so that the section places every part it has. The first text of a standard section is its
 * `text` (placed with `{ part: text }`): the rules read a section's `text`, not its blocks.
 */
function sectionBlocks(outline: Outline, section: SectionPlan, target: Json, accepted: Recognised[], consumedBy: Map<number, Recognised>, comment: (index: number, text: string) => void): { blocks: Json[]; count: number } {
  const blocks: Json[] = [];
  const placed = new Set<string>();
  const place = (r: Recognised, recognised = true) => {
    const part = section.own ? undefined : partOf(section.key, r.path);
    if (!part || placed.has(part)) return;
    placed.add(part);
    if (recognised) comment(blocks.length, commentOf(r));
    blocks.push({ part });
  };
  const anchored = accepted.filter((r) => r.consumed.length === 0 && r.path[0] === section.key && !section.own);
  const anchorOf = (r: Recognised) => section.blocks.filter((index) => outline.blocks[index]!.line <= r.line).at(-1);
  let count = 0;
  for (const index of section.blocks) {
    const block = outline.blocks[index]!;
    const by = consumedBy.get(index);
    if (by) place(by);
    else if (block.kind !== 'heading' && !section.own && target.text === undefined) {
      target.text = textBlock(block).text;
      place({ path: [section.key, 'text'], value: target.text, line: block.line, what: '', consumed: [] }, false);
      count++;
    } else {
      blocks.push(textBlock(block));
      if (block.kind !== 'heading') count++;
    }
    anchored.filter((r) => anchorOf(r) === index).forEach((r) => place(r));
  }
  anchored.forEach((r) => place(r));
  return { blocks, count };
}

/** The part of section `key` that shows the value at `path` (its own field, or the part it is printed with). */
function partOf(key: string, path: Path): string | undefined {
  const parts = SECTION_PARTS[key as SectionId];
  const field = path[1];
  if (!parts || path[0] !== key || typeof field !== 'string') return undefined;
  return parts.parts.includes(field) ? field : parts.partOf[field];
}

/** The sections in the source's order; a standard section that only a recognised value made comes where the schema puts it. */
function sectionOrder(document: Json, sections: SectionPlan[]): string[] {
  const order = sections.map((s) => s.key);
  const made = Object.keys(SECTION_PARTS).filter((key) => key !== 'extra' && document[key] !== undefined && !order.includes(key));
  for (const key of made) {
    const standard = Object.keys(SECTION_PARTS);
    const before = order.filter((k) => standard.includes(k) && standard.indexOf(k) < standard.indexOf(key)).at(-1);
    order.splice(before === undefined ? (key === 'controller' ? 0 : order.length) : order.indexOf(before) + 1, 0, key);
  }
  return order;
}

/** A block that stays as the source wrote it: a subheading, or the text of a paragraph, list or table. */
function textBlock(block: Block): Json {
  if (block.kind === 'heading') return { heading: plain(block.text) };
  // A line break inside a paragraph (an address, <br> in HTML) stays one: a Markdown hard break.
  if (block.kind === 'paragraph') return { text: block.text.replace(/\n/g, '\\\n') };
  if (block.kind === 'list') return { text: block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n') };
  const bold = (cell: string) => (cell && !/^\*\*.*\*\*$/.test(cell) ? `**${cell}**` : cell);
  return { text: block.rows.map((row, i) => `- ${row.map((cell) => (block.header && i === 0 ? bold(cell) : cell)).join(' — ')}`).join('\n') };
}

/** Sets `value` at `path`, making maps and lists on the way; a list added to a list is appended to it. */
function setPath(document: Json, path: Path, value: unknown): void {
  let node = document as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key, i) => {
    node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1)!;
  const existing = node[last];
  node[last] = Array.isArray(existing) && Array.isArray(value) ? [...existing, ...value] : value;
}

/** The YAML text, each comment above the key (or list item) it belongs to. */
function toYaml(document: Json, comments: { path: Path; comment: string }[]): string {
  const doc = new Document(document);
  for (const { path, comment } of comments) {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const last = path.at(-1);
    let node: Node | undefined;
    if (isMap(parent)) node = parent.items.find((pair) => (pair.key as { value?: unknown }).value === last)?.key as Node | undefined;
    else if (isSeq(parent) && typeof last === 'number') node = parent.items[last] as Node | undefined;
    if (node) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${comment}` : comment;
  }
  return doc.toString({ lineWidth: 0 });
}
