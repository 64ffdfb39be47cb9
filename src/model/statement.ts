import { SECTION_IDS, SECTION_PARTS, type SectionId } from '../generated/sections.js';
import type { Path } from '../load/source-map.js';
import { didYouMean } from '../suggest.js';
import type { Section, Statement } from './input.js';
import { baseModel, type BaseModel, type Report } from './model.js';
import { ordinal, schemeOf, type Scheme } from './numbering.js';
import { sectionViews, type Placement, type SpecialProcessingView, type ViewOf } from './views.js';
import { textsOf } from './texts.js';
import { msg } from '../messages/message.js';

type ExtraSection = NonNullable<Statement['extraSections']>[number];
type Chapter = Extract<NonNullable<NonNullable<Statement['style']>['sections']>[number], object>;
/** What a section's parts are read from: a standard section, or `extra` for an own section. */
type Kind = SectionId | 'extra';
/** The parts every section has, printed by the partials `section.summary`, `section.text`, `section.closing`, `section.examples`. */
const COMMON_PARTS = ['summary', 'text', 'closing', 'examples'] as const;

/**
 * One block of a section as the templates get it: `partial` names the Handlebars partial that renders `content`, and
 * fixes its type (the seam between the model and the templates). An author's own block (`block.text`, …), one part of
 * the section (`rights.exercise`, `section.summary`), or all its structured parts in their standard order (`rights`).
 */
export type BlockView =
  | { partial: 'block.text' | 'block.summary' | 'block.example'; content: { markdown: string } }
  | { partial: 'block.heading'; content: { heading: string } }
  | { [K in SectionId]: { partial: K | `${K}.${string}` | `section.${(typeof COMMON_PARTS)[number]}`; content: ViewOf<K> } }[SectionId]
  | { partial: 'extra' | `extra.${string}` | `section.${(typeof COMMON_PARTS)[number]}`; content: ExtraSection }
  | { partial: 'specialProcessing' | `section.${(typeof COMMON_PARTS)[number]}`; content: SpecialProcessingView };

/** A section as the templates get it: its heading and its blocks, in the order they are printed. */
export interface SectionView {
  id: string;
  /** Heading level: 2 for a section, 3 for a subsection or a section in a chapter, 4 for a subsection there; 0 for a section without a title. */
  level: 0 | 2 | 3 | 4;
  /** The level of the headings inside the section (its blocks' headings, a part's own headings). */
  sub: number;
  anchor: string;
  /** Its number (1, b, iv) when its level is numbered. */
  number?: number | string;
  heading: string;
  blocks: BlockView[];
  /** What the section's parts print from: the section's view (an own section as written, a special processing). */
  content: ViewOf<SectionId> | ExtraSection | SpecialProcessingView;
}

/** A chapter (`style.sections: [{ chapter, sections }]`): a heading over its own sections. */
export interface ChapterView {
  chapter: true;
  id: string;
  level: 2;
  anchor: string;
  number?: number | string;
  heading: string;
  sections: SectionView[];
}

/** An entry of the table of contents, with the entries below it. */
export interface ContentsEntry {
  anchor: string;
  number?: number | string;
  heading: string;
  children: ContentsEntry[];
}

export interface StatementModel extends BaseModel {
  kind: 'privacyverklaring';
  toc: boolean;
  /** The table of contents: chapters and sections, with their sections and subsections below them. */
  contents: ContentsEntry[];
  sections: (SectionView | ChapterView)[];
}

/** Every section of a statement, those in chapters included, in their order. */
export const allSections = (model: StatementModel): SectionView[] => model.sections.flatMap((s) => ('chapter' in s ? s.sections : [s]));

const isSection = (id: string): id is SectionId => (SECTION_IDS as readonly string[]).includes(id);

/** Normalises a privacy statement: section order, headings, standard texts, resolved codes. */
export function statementModel(doc: Statement, report: Report): StatementModel {
  const author = doc.controller.entities.map((entity) => entity.name).join(', ');
  const style = doc.style ?? {};
  const entries = sectionOrder(doc, report);
  const order = entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.sections));
  const place: Placement = { order, dpoIn: dpoPlace(doc, order, report) };
  const top = entries.flatMap((entry, index): Built[] => {
    if (typeof entry === 'string') return sectionsOf(doc, entry, 2, place, report);
    const anchor = chapterAnchor(entry, index);
    const scheme = entry.numbering === 'met-hoofdstuk' ? 'cijfers' : schemeOf(entry.numbering);
    const sections = numbered(entry.sections.flatMap((id) => sectionsOf(doc, id, 3, place, report)), scheme);
    return [{ view: { chapter: true, id: anchor, level: 2, anchor, heading: entry.chapter, sections }, display: 'sectie' }];
  });
  // The top level is numbered by `style.numbering`, chapters and sections alike; then a chapter numbered
  // `met-hoofdstuk` puts its own number before its sections' ("1.1"), once it has one.
  const nested = new Set(entries.flatMap((entry, index) => (typeof entry !== 'string' && entry.numbering === 'met-hoofdstuk' ? [chapterAnchor(entry, index)] : [])));
  const sections = numbered(top, style.numbering ? 'cijfers' : undefined).map((view) =>
    'chapter' in view && nested.has(view.anchor) && view.number !== undefined ? { ...view, sections: withChapterNumber(view.sections, view.number) } : view,
  );
  // A table of contents needs headings: with every standard heading switched off there may be none.
  const contents = contentsOf(sections);
  return { ...baseModel(doc, author), kind: 'privacyverklaring', toc: (style.toc ?? true) && contents.length > 0, contents, sections };
}

type Display = NonNullable<Section['display']>;
/** A section (or chapter) before it is numbered: how it is displayed, and the numbered list its subsections count on from. */
interface Built<V extends SectionView | ChapterView = SectionView | ChapterView> {
  view: V;
  display: Display;
  list?: { scheme: Scheme; count: number };
}

/**
 * Numbers the sections of one level: each `sectie` but the introduction in `scheme` (an introduction stands before
 * the numbered sections, as in the documents organisations publish), and each subsection in the scheme of the list of
 * the section it belongs to, counting on after its items ("5. Overzicht machtigingen en protocollen" after four
 * special processings). A section without a title belongs to the one before it.
 */
function numbered<V extends SectionView | ChapterView>(built: Built<V>[], scheme: Scheme | undefined): V[] {
  let n = 0;
  let list: Built['list'];
  return built.map(({ view, display, list: own }) => {
    let number: number | string | undefined;
    if (display === 'subsectie') number = list && ordinal(++list.count, list.scheme);
    else if (display !== 'zonder-titel') {
      if (display === 'sectie' && view.id !== 'introduction' && scheme) number = ordinal(++n, scheme);
      list = own && { ...own };
    }
    return number === undefined ? view : { ...view, number };
  });
}

/** A chapter's anchor: its own `id`, or its place among the entries of `style.sections`. */
const chapterAnchor = (chapter: Chapter, index: number) => chapter.id ?? `hoofdstuk-${index + 1}`;

/** A chapter's sections numbered after it: "1.1", "1.2"; a subsection keeps the number of its section's list. */
const withChapterNumber = (sections: SectionView[], chapter: number | string): SectionView[] =>
  sections.map((section) => (section.number === undefined || section.level !== 3 ? section : { ...section, number: `${chapter}.${section.number}` }));

/** The table of contents: every section with a title, its subsections below it, a chapter's sections below the chapter. */
function contentsOf(sections: (SectionView | ChapterView)[]): ContentsEntry[] {
  const entry = (s: SectionView | ChapterView): ContentsEntry => ({
    anchor: s.anchor,
    ...(s.number === undefined ? {} : { number: s.number }),
    heading: s.heading,
    children: [],
  });
  const nest = (list: (SectionView | ChapterView)[], level: number): ContentsEntry[] => {
    const out: ContentsEntry[] = [];
    for (const s of list) {
      if ('chapter' in s) out.push({ ...entry(s), children: nest(s.sections, level + 1) });
      else if (s.level === level) out.push(entry(s));
      else if (s.level === level + 1) out.at(-1)?.children.push(entry(s));
    }
    return out;
  };
  return nest(sections, 2);
}

/** The explicit `style.sections` (sections and chapters), or every section the document has, in the standard order. */
function sectionOrder(doc: Statement, report: Report): (string | Chapter)[] {
  const extras = (doc.extraSections ?? []).map((section) => section.id);
  const known = [...SECTION_IDS, ...extras];
  const present = (id: string) => !isSection(id) || doc[id] !== undefined || (id === 'contact' && doc.dpo !== undefined);
  if (!doc.style?.sections) {
    const standard: string[] = SECTION_IDS.filter(present);
    const contactAt = standard.includes('contact') ? standard.indexOf('contact') : standard.length;
    standard.splice(contactAt, 0, ...extras);
    return standard;
  }
  const placed = new Set<string>();
  const keep = (id: string, path: Path) => {
    if (!known.includes(id)) {
      report({ ruleId: 'unknown-section', path, message: msg('section.unknown', { id, hint: didYouMean(id, known) }) });
      return false;
    }
    if (placed.has(id)) {
      report({ ruleId: 'unknown-section', path, message: msg('section.twice', { id }) });
      return false;
    }
    if (!present(id)) {
      report({ ruleId: 'unknown-section', severity: 'warning', path, message: msg('section.absent', { id }) });
      return false;
    }
    placed.add(id);
    return true;
  };
  const order = doc.style.sections.flatMap((entry, index): (string | Chapter)[] => {
    const path = ['style', 'sections', index];
    if (typeof entry === 'string') return keep(entry, path) ? [entry] : [];
    return [{ ...entry, sections: entry.sections.filter((id, j) => keep(id, [...path, 'sections', j])) }];
  });
  // Content is never dropped: a section the document has but the order leaves out comes last, with a warning.
  const written = [...SECTION_IDS.filter((id) => doc[id] !== undefined), ...extras];
  for (const id of written.filter((id) => !placed.has(id))) {
    const path = isSection(id) ? [id] : ['extraSections', extras.indexOf(id)];
    report({ ruleId: 'section-not-placed', severity: 'warning', path, message: msg('section.not-placed', { id }) });
    order.push(id);
  }
  return order;
}

/**
 * Where the DPO's contact details are printed (AVG art. 13.1.b), in one place: where a section's `blocks` places
 * `part: dpo` (the sections whose parts include `dpo`); else in the contact section when the document has one that
 * shows the DPO (`showDpo`, the default); else with the controller.
 */
function dpoPlace(doc: Statement, order: readonly string[], report: Report): Placement['dpoIn'] {
  const explicit = SECTION_IDS.filter((id) => SECTION_PARTS[id].parts.includes('dpo') && doc[id]?.blocks?.some((block) => block.part === 'dpo'));
  for (const id of explicit.slice(1)) {
    const index = doc[id]!.blocks!.findIndex((block) => block.part === 'dpo');
    report({ ruleId: 'part-placed-twice', path: [id, 'blocks', index, 'part'], message: msg('part.dpo-twice', { section: explicit[0]! }) });
  }
  if (explicit[0]) return explicit[0];
  return order.includes('contact') && doc.contact?.showDpo !== false ? 'contact' : 'controller';
}

/** The view of one section (or, for special processings shown as sections, of several), with its blocks. */
function sectionsOf(doc: Statement, id: string, base: 2 | 3, place: Placement, report: Report): Built<SectionView>[] {
  const style = doc.style ?? {};
  const extraIndex = (doc.extraSections ?? []).findIndex((section) => section.id === id);
  const written: Section = extraIndex >= 0 ? doc.extraSections![extraIndex]! : ((isSection(id) ? doc[id] : undefined) ?? {});
  const standard = isSection(id) ? textsOf(doc).sections[id][style.headings ?? 'vragen'] : '';
  // A standard heading switched off (`texts:` false) leaves its section without a title, as `display: zonder-titel`.
  const displayOf = (heading: string | undefined): Display => (heading ? (written.display ?? 'sectie') : 'zonder-titel');
  const levelOf = (display: Display) => (display === 'zonder-titel' ? 0 : display === 'subsectie' ? ((base + 1) as 3 | 4) : base);
  const display = displayOf(written.heading ?? standard);
  const level = levelOf(display);
  const sub = (level || base) + 1;
  const list = (content: { items?: unknown }) => {
    const scheme = schemeOf(written.numbering);
    return scheme && { scheme, count: Array.isArray(content.items) ? content.items.length : 0 };
  };
  if (extraIndex >= 0) {
    const extra = { ...doc.extraSections![extraIndex]!, numbering: schemeOf(written.numbering) };
    const blocks = blocksOf('extra', written, extra, ['extraSections', extraIndex], report, doc);
    return [{ view: { id, level, sub, anchor: id, heading: extra.heading ?? '', blocks, content: extra }, display, list: list(extra) }];
  }
  const sectionId = id as SectionId;
  // `numbering` as the templates use it: a scheme that numbers, or none (`geen`).
  const view = { ...sectionViews[sectionId](doc, place), numbering: schemeOf(written.numbering) } as ViewOf<SectionId>;
  if (sectionId === 'specialProcessings' && doc.specialProcessings?.asSections) {
    // Each special processing under its own heading, as a section of its own ("Welke cookies gebruiken we?"); the
    // section's own texts stand before the first one, without a heading of their own.
    const items = (view as ViewOf<'specialProcessings'>).items;
    const own = written.blocks !== undefined || COMMON_PARTS.some((part) => written[part] !== undefined);
    const heading = written.heading ?? standard;
    const intro: Built<SectionView>[] = own
      ? [{ view: { id, level: 0, sub, anchor: id, heading, blocks: blocksOf(sectionId, written, view, [id], report, doc, ['items']), content: view }, display: 'zonder-titel' }]
      : [];
    return [
      ...intro,
      ...items.map((item, index): Built<SectionView> => ({
        view: {
          id: `${id}-${index + 1}`,
          level: levelOf(displayOf(item.heading)),
          sub,
          anchor: `${item.type}-${index + 1}`,
          heading: item.heading,
          blocks: standardBlocks('specialProcessing', item),
          content: item,
        },
        display: displayOf(item.heading),
      })),
    ];
  }
  const heading = written.heading ?? standard;
  const blocks = blocksOf(sectionId, written, view, [id], report, doc);
  return [{ view: { id, level, sub, anchor: id, heading, blocks, content: view }, display, list: list(view as { items?: unknown }) }];
}

/**
 * Without `blocks`, a section is printed in its standard order: its summary, its text, all its structured parts (the
 * section's partial, which lists them in their standard order), its closing text and its examples.
 */
const standardBlocks = (partial: string, content: object): BlockView[] =>
  [...COMMON_PARTS.slice(0, 2).map((part) => `section.${part}`), partial, ...COMMON_PARTS.slice(2).map((part) => `section.${part}`)].map(
    (name) => ({ partial: name, content }) as BlockView,
  );

/**
 * The blocks of a section in the author's order (`blocks`), or in the standard order. A part (`{ part: exercise }`)
 * must be one the section has (the schema says which: SECTION_PARTS); a part with content that `blocks` leaves out
 * comes last, with a warning, so that nothing is ever dropped. `excluded`: parts printed elsewhere (the special
 * processings shown as sections of their own).
 */
function blocksOf(kind: Kind, written: Section, view: object, path: Path, report: Report, doc: Statement, excluded: string[] = []): BlockView[] {
  // Without `blocks`: the standard order, less what is printed elsewhere (the intro of the special processings as sections).
  if (!written.blocks) return excluded.length ? standardBlocks(kind, view).filter((block) => block.partial !== kind) : standardBlocks(kind, view);
  const { parts: all, partOf } = SECTION_PARTS[kind];
  const parts = all.filter((part) => !excluded.includes(part));
  const partial = (part: string) => ((COMMON_PARTS as readonly string[]).includes(part) ? `section.${part}` : `${kind}.${part}`);
  const placed = new Set<string>();
  const blocks = written.blocks.flatMap((block, index): BlockView[] => {
    const at = [...path, 'blocks', index];
    if (block.text !== undefined) return [{ partial: 'block.text', content: { markdown: block.text } }];
    if (block.summary !== undefined) return [{ partial: 'block.summary', content: { markdown: block.summary } }];
    if (block.example !== undefined) return [{ partial: 'block.example', content: { markdown: block.example } }];
    if (block.heading !== undefined) return [{ partial: 'block.heading', content: { heading: block.heading } }];
    const part = block.part!;
    if (partOf[part]) {
      report({ ruleId: 'unknown-part', path: [...at, 'part'], message: msg('part.printed-with', { part, with: partOf[part] }) });
      return [];
    }
    if (!parts.includes(part)) {
      const why = excluded.includes(part) ? msg('part.as-sections') : didYouMean(part, parts);
      report({ ruleId: 'unknown-part', path: [...at, 'part'], message: msg('part.unknown', { section: path.join('.'), part, why }) });
      return [];
    }
    if (placed.has(part)) {
      report({ ruleId: 'part-placed-twice', path: [...at, 'part'], message: msg('part.twice', { part }) });
      return [];
    }
    placed.add(part);
    return [{ partial: partial(part), content: view } as BlockView];
  });
  const missing = parts.filter((part) => !placed.has(part) && hasContent(kind, part, written, view, doc));
  if (missing.length) {
    const names = missing.map((part) => `"${part}"`).join(', ');
    report({
      ruleId: 'part-not-placed',
      severity: 'warning',
      path: [...path, 'blocks'],
      message: msg('part.not-placed', { count: missing.length, names, first: missing[0]! }),
    });
  }
  return [...blocks, ...missing.map((part) => ({ partial: partial(part), content: view }) as BlockView)];
}

/**
 * Whether a part prints anything: a text, a list with items, a mapping, `true`. The rights the legal bases give and
 * the standard response time (without `exercise`, unless the project switched it off) are printed from nothing the
 * document writes, and so are the controllers.
 */
function hasContent(kind: Kind, part: string, written: Section, view: object, doc: Statement): boolean {
  if (kind === 'rights' && part === 'items') return true;
  if (kind === 'rights' && part === 'exercise' && !('exercise' in written)) return Boolean(textsOf(doc).labels.responseTimeDefault);
  const value = (COMMON_PARTS as readonly string[]).includes(part) ? written[part as keyof Section] : (view as Record<string, unknown>)[part];
  return value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0);
}
