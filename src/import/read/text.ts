/**
 * The reader for `.txt`: text as it comes out of a PDF or a copy from a web page. Lines wrapped mid-sentence are joined
 * into paragraphs (a word broken with a hyphen made whole), bullets and numbered items become lists, numbered lines,
 * "Artikel 3:", ALL CAPS lines, `#` lines and short lines without a final full stop that stand alone become headings,
 * page headers, footers and numbers are left out (text-furniture.ts), tables laid out with pipes, tabs or columns of
 * spaces become tables, and the first heading-like line that names the document is its title.
 */
import type { Block, Heading, Outline, Table } from '../outline.js';
import { blockText, escapeMarkdown } from './inline.js';
import { listBlocks, type Entry } from './text-lists.js';
import {
  endsSentence, isAllCaps, isArticleHeading, isContact, isPipeRow, itemOf, joinLine, linesOf, markdownHeading,
  sectionNumberOf, startsLower, urlGoesOn, type Line,
} from './text-lines.js';

/** A paragraph as read, with what deciding whether it is a heading needs to know. */
interface Para {
  kind: 'para';
  text: string;
  line: number;
  /** Source lines it was read from. */
  lines: number;
  /** Short lines kept as lines (an address, a contact block): never a heading. */
  lineBlock: boolean;
  /** A blank line follows it in the source. */
  blankAfter: boolean;
}
type Draft = Para | Heading | Table | { kind: 'items'; entries: Entry[] };

/** Words that say a line names the document: what the title is chosen by. */
const TITLE_WORDS = /privacy|protocol|verklaring|beleid|gegevensbescherming|policy|notice|reglement/i;

export function readText(source: string, file: string): Outline {
  const lines = linesOf(source);
  const reader = new Reader(lines);
  const marked = lines.some((line) => line && markdownHeading(line.text));
  return { file, format: 'txt', blocks: finish(reader.drafts(), marked).map(markdownSafe) };
}

/** Every text in privnote's Markdown subset: a source's "*", "[" or "1." at a line start stays a character. */
const md = (text: string) => blockText(escapeMarkdown(text));
function markdownSafe(block: Block): Block {
  if (block.kind === 'list') return { ...block, items: block.items.map(md) };
  if (block.kind === 'table') return { ...block, rows: block.rows.map((row) => row.map(md)) };
  return { ...block, text: md(block.text) };
}

/** Walks the lines once, left to right, into drafts; `at` is the index of the line being read. */
class Reader {
  private at = 0;
  private readonly width: number;
  constructor(private readonly lines: (Line | undefined)[]) {
    this.width = wrapWidth(lines);
  }

  drafts(): Draft[] {
    const out: Draft[] = [];
    while (this.skipBlank() < this.lines.length) out.push(this.next(this.lines[this.at]!));
    return out;
  }

  private skipBlank(): number {
    while (this.at < this.lines.length && !this.lines[this.at]) this.at++;
    return this.at;
  }

  /** The next non-blank line from `from` on, and whether a blank line came first. */
  private peek(from: number): { line?: Line; index: number; gap: boolean } {
    let index = from;
    while (index < this.lines.length && !this.lines[index]) index++;
    return { line: this.lines[index], index, gap: index > from };
  }

  private next(line: Line): Draft {
    const md = markdownHeading(line.text);
    if (md) return this.take({ kind: 'heading', level: md[1]!.length, text: md[2]!, line: line.line });
    const table = this.table();
    if (table) return table;
    const heading = this.numberedHeading(this.at);
    if (heading) return heading;
    if (itemOf(line)) return this.items();
    return this.paragraph();
  }

  private take<T>(value: T, lines = 1): T {
    this.at += lines;
    return value;
  }

  /** Does this line start something of its own (a heading, an item, a table row), so it never continues a paragraph? */
  private opens(index: number): boolean {
    const line = this.lines[index]!;
    return Boolean(
      markdownHeading(line.text) || isPipeRow(line.text) || itemOf(line) || isArticleHeading(line.text) ||
        (isAllCaps(line.text) && /\p{L}{2}/u.test(line.text)) || this.isNumberedHeading(index),
    );
  }

  /**
   * A line of a PDF's full width (its lines 60 to 200 characters wide): the paragraph goes on, also when the next line
   * starts with a capital.
   */
  private full(line: Line): boolean {
    return this.width >= 60 && this.width <= 200 && line.text.length >= this.width * 0.6;
  }

  /**
   * Whether `next` (after a blank line when `gap`) goes on the paragraph or item whose first line is `first` and last
   * line `last`. After a blank line only a lower-case start goes on a sentence left open, and never a title in capitals.
   */
  private continues(first: Line, last: Line, index: number, gap: boolean): boolean {
    const next = this.lines[index];
    if (next && !gap && urlGoesOn(last.text, next.text)) return true;
    if (!next || this.opens(index)) return false;
    if (gap) return startsLower(next.text) && !endsSentence(last.text) && !isAllCaps(first.text) && !isAllCaps(last.text);
    return startsLower(next.text) || (next.text.startsWith('(') && !endsSentence(last.text)) || /[-–,(/&]$/.test(last.text) || (this.width <= 200 && last.text.endsWith(':')) || this.full(last);
  }

  /**
   * A numbered line ("1 Waarom …", "3.2 …", "2.Sociale media", "Artikel 3: …") that is short, starts with a capital,
   * has no final full stop, and, when its number has a full stop ("1. Toestemming"), is a question or has no neighbour
   * numbered one more or one less within three lines (then it is an item of a numbered list). A second line that only
   * ends it ("Partnerschap?") is part of it.
   */
  private isNumberedHeading(index: number): boolean {
    const text = this.lines[index]!.text;
    if (isArticleHeading(text)) return true;
    const number = sectionNumberOf(text);
    if (!number || !/^\p{Lu}/u.test(number.rest) || number.rest.length > 100 || /[.;,]$/.test(number.rest)) return false;
    if (!/^\d+(?:\.\d+)*\./.test(text) || this.question(index)) return true;
    return !this.neighbours(index).some((other) => {
      const o = /^\d+(?:\.\d+)*\./.test(other.text) && sectionNumberOf(other.text);
      return o && o.parts.length === number.parts.length && Math.abs(o.parts.at(-1)! - number.parts.at(-1)!) === 1 &&
        o.parts.slice(0, -1).join('.') === number.parts.slice(0, -1).join('.');
    });
  }

  /** The three non-blank lines before and the three after. */
  private neighbours(index: number): Line[] {
    const found: Line[] = [];
    for (const step of [-1, 1]) {
      for (let i = index + step, n = 0; i >= 0 && i < this.lines.length && n < 3; i += step) {
        const line = this.lines[i];
        if (line) found.push(line), n++;
      }
    }
    return found;
  }

  /** The line, or the line and the short one after it, ends with a question mark. */
  private question(index: number): boolean {
    const next = this.lines[index + 1];
    return this.lines[index]!.text.endsWith('?') || Boolean(next && next.text.length <= 50 && next.text.endsWith('?'));
  }

  private numberedHeading(index: number): Heading | undefined {
    if (!this.isNumberedHeading(index)) return undefined;
    const line = this.lines[index]!;
    const number = sectionNumberOf(line.text);
    let text = line.text;
    this.at = index + 1;
    const { line: next, gap } = this.peek(this.at);
    if (next && !gap && !this.opens(this.at) && !text.endsWith('?') && (startsLower(next.text) ? next.text.length <= 80 : next.text.length <= 50) &&
        (!endsSentence(next.text) || next.text.endsWith('?'))) {
      text = joinLine(text, next.text);
      this.at++;
    }
    return { kind: 'heading', level: number ? Math.min(6, number.parts.length + 1) : 2, text, line: line.line };
  }

  /**
   * Rows of a table: lines between pipes, or two or more lines with the same number (2+) of cells, separated by tabs or
   * by runs of three spaces in aligned columns.
   */
  private table(): Table | undefined {
    const first = this.lines[this.at]!;
    if (isPipeRow(first.text)) {
      const rows: string[][] = [];
      let header = false;
      while (this.lines[this.at] && isPipeRow(this.lines[this.at]!.text)) {
        const cells = this.lines[this.at++]!.text.slice(1, -1).split('|').map((c) => c.trim());
        if (cells.every((c) => /^:?-{3,}:?$/.test(c))) header = rows.length === 1;
        else rows.push(cells);
      }
      return { kind: 'table', rows, header: header || rows[0]!.every((c) => /^\p{Lu}/u.test(c) && c.length <= 30), line: first.line };
    }
    const count = first.cells.length;
    const aligned = (line: Line) =>
      !first.columns || (line.columns ?? []).every((at, k) => Math.abs(at - first.columns![k]!) <= 2);
    let end = this.at;
    while (this.lines[end] && this.lines[end]!.cells.length === count && aligned(this.lines[end]!) && !itemOf(this.lines[end]!)) end++;
    if (count < 2 || end - this.at < 2) return undefined;
    const rows = this.lines.slice(this.at, end).map((l) => l!.cells);
    this.at = end;
    return { kind: 'table', rows, header: rows[0]!.every((c) => /^\p{Lu}/u.test(c) && c.length <= 30), line: first.line };
  }

  /** A run of list items, blank lines between them allowed, each with the lines that go on it. */
  private items(): Draft {
    const entries: Entry[] = [];
    for (;;) {
      const line = this.lines[this.at]!;
      const item = itemOf(line)!;
      let text = item.text;
      let last = line;
      this.at++;
      for (let p = this.peek(this.at); p.line; p = this.peek(this.at)) {
        const indented = !p.gap && line.indent >= 1 && p.line.indent > line.indent && !this.opens(p.index);
        if (!indented && !this.continues(line, last, p.index, p.gap)) break;
        text = indented && !this.continues(line, last, p.index, p.gap) ? `${text}\n${p.line.text}` : joinLine(text, p.line.text);
        last = p.line;
        this.at = p.index + 1;
      }
      entries.push({ depth: item.depth, ordered: item.ordered, marker: item.marker, text, line: line.line });
      const p = this.peek(this.at);
      if (!p.line || !itemOf(p.line) || this.isNumberedHeading(p.index)) break;
      this.at = p.index;
    }
    return { kind: 'items', entries };
  }

  /**
   * A paragraph: lines joined while the next one goes on the sentence. Two or more short lines in a row (an address, a
   * contact block) are kept as lines, up to one that goes on a sentence (a lower-case start that is no e-mail address).
   */
  private paragraph(): Para {
    const first = this.lines[this.at]!;
    let end = this.at + 1;
    while (this.lines[end] && !this.opens(end)) end++;
    const lines = this.lines.slice(this.at, end) as Line[];
    const short = lines.findIndex(
      (l, k) => l.text.length > 50 || this.full(l) || (k > 0 && (/[.!?;]$/.test(lines[k - 1]!.text) || (startsLower(l.text) && !isContact(l.text)))),
    );
    const run = short === -1 ? lines : lines.slice(0, short);
    if (run.length >= 2) {
      this.at += run.length;
      return { kind: 'para', text: run.map((l) => l.text).join('\n'), line: first.line, lines: run.length, lineBlock: true, blankAfter: this.peek(this.at).gap };
    }
    let text = first.text;
    let last = first;
    let count = 1;
    this.at++;
    for (let p = this.peek(this.at); p.line && this.continues(first, last, p.index, p.gap); p = this.peek(this.at)) {
      text = joinLine(text, p.line.text);
      last = p.line;
      count++;
      this.at = p.index + 1;
    }
    return { kind: 'para', text, line: first.line, lines: count, lineBlock: false, blankAfter: this.peek(this.at).gap };
  }
}

/** How wide the source's wrapped lines are: the 90th percentile of line lengths (a web copy's lines are paragraphs). */
function wrapWidth(lines: (Line | undefined)[]): number {
  const lengths = lines.flatMap((l) => (l ? [l.text.length] : [])).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/** A line that dates the document ("Laatst bijgewerkt [datum]", "Versie 3.2 – …"): a paragraph, never a heading. */
const VERSION_LINE = /^(?:laatst (?:bijgewerkt|gewijzigd|aangepast|herzien)|bijgewerkt op|versie\b|datum\b|van toepassing|geldig vanaf|in werking)/i;

/** A paragraph that may be a heading: short, one or two lines, a capital first, no final full stop, comma or colon. */
function mayBeHeading(d: Draft | undefined): d is Para {
  if (d?.kind !== 'para' || d.lineBlock || d.lines > 2 || isContact(d.text) || !/\p{L}{2}/u.test(d.text) || VERSION_LINE.test(d.text)) return false;
  if (isAllCaps(d.text)) return true;
  return d.text.length <= 110 && /^[\p{Lu}"“‘]/u.test(d.text) && !/[.,;:]$/.test(d.text) && !/@|https?:|www\.|^\S+: /.test(d.text);
}

/**
 * A line before a list that reads as a sentence introducing it ("We krijgen die gegevens", "Stuur ons jouw vraag"):
 * three words or more, at most half of them capitalised. A name ("Stad/gemeente", "CAW (Centrum Algemeen Welzijn)
 * Limburg", "OCMW") is a heading over its list.
 */
function leadIn(text: string): boolean {
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length * 2 <= words.length;
}

/** The index of the title: the first of the first eight drafts that may be a heading and names the document. */
function titleOf(drafts: Draft[]): number {
  if (drafts.some((d) => d.kind === 'heading' && d.level === 1)) return -1;
  const first = drafts.slice(0, 8).findIndex(
    (d) => d.kind === 'para' && !d.lineBlock && d.text.length <= 200 && d.lines <= 3 && !/[.,;:]$/.test(d.text) && TITLE_WORDS.test(d.text),
  );
  return first !== -1 ? first : mayBeHeading(drafts[0]) ? 0 : -1;
}

/**
 * Drafts to blocks: the title, the paragraphs that are headings, the lists. A source that marks its headings with `#`
 * (`marked`) has no others.
 */
function finish(drafts: Draft[], marked: boolean): Block[] {
  const title = titleOf(drafts);
  const isHeading = drafts.map((d, k) => {
    if (k === title || d.kind === 'heading') return true;
    if (marked || !mayBeHeading(d)) return false;
    const next = drafts[k + 1];
    if (!next) return false;
    if (d.text.endsWith('?')) return true;
    if (next.kind === 'items' && leadIn(d.text)) return false;
    return isAllCaps(d.text) || !(next.kind === 'heading' || k + 1 === title || mayBeHeading(next));
  });
  let section = 1;
  return drafts.flatMap((d, k): Block[] => {
    if (d.kind === 'items') return listBlocks(d.entries);
    if (d.kind === 'heading') section = d.level;
    if (d.kind !== 'para') return [d];
    if (k === title) return [{ kind: 'heading', level: 1, text: d.text, line: d.line }];
    if (isHeading[k]) return [{ kind: 'heading', level: Math.min(6, section + 1), text: d.text, line: d.line }];
    return [{ kind: 'paragraph', text: d.text, line: d.line }];
  });
}
