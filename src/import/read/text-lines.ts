/**
 * The lines of a text source, each with what the reader needs to know about it: its 1-based number, its indentation,
 * its text, and whether it opens a list item, a numbered heading, a Markdown heading or a table row. Also how two
 * lines of one paragraph are joined again (a PDF wraps lines mid-sentence and breaks words with a hyphen).
 */
import { furniture } from './text-furniture.js';

export interface Line {
  /** 1-based line in the source. */
  line: number;
  /** Leading white space, in characters (a tab counts four). */
  indent: number;
  /** Trimmed, runs of white space collapsed. */
  text: string;
  /** The line split at tabs and at runs of three spaces or more: the cells of a table laid out in columns. */
  cells: string[];
  /**
   * Where each cell starts, in characters, when the cells are separated by spaces (a table laid out with spaces has
   * its columns aligned; a justified line's gaps are not); undefined when tabs separate them.
   */
  columns?: number[];
}

/** The cells of a line and, when spaces separate them, where they start. */
function cellsOf(plain: string): Pick<Line, 'cells' | 'columns'> {
  if (plain.includes('\t')) return { cells: plain.trim().split(/\t+/).map((c) => c.replace(/\s+/g, ' ').trim()) };
  const found = [...plain.matchAll(/\S+(?:\s{1,2}\S+)*/g)];
  return { cells: found.map((m) => m[0].replace(/\s+/g, ' ')), columns: found.map((m) => m.index) };
}

/** "•", "●", "o", "◦", "-", "–", "*", "" (Symbol font bullets) and the like, then white space; "-" also glued to a capital ("-Het OCMW …"). */
const BULLET = /^([•●◦○▪■□►➢➤➔✓✔❖◆◇‣⁃∙→·\-–*]|o|[\uf0b7\uf0a7\uf076\uf0d8\uf0fc])(?:\s+(?=\S)|(?<=^-)(?=\p{Lu}))/u;
/** "1.", "1)", "a)", "A.", "iv." then white space: an ordered list item. */
const ORDINAL = /^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[ivx]{1,4}[.)])\s+(?=\S)/;
/** "3", "3.2", "2." then white space or (after a full stop) a capital: a section number. */
const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)(\.?)(?!\d)(?:\s+|(?<=\.)(?=\p{Lu}))(?=\S)/u;
/** "Artikel 3:", "Hoofdstuk 2", "Deel 1 Privacy", "Bijlage 2." (not "Artikel 458 ter van het strafwetboek") */
const ARTICLE =
  /^(?:[Aa]rtikel|ARTIKEL|[Aa]rt\.|[Hh]oofdstuk|HOOFDSTUK|[Dd]eel|DEEL|[Bb]ijlage|BIJLAGE|[Aa]fdeling|[Tt]itel)\s+\d+[a-z]?(?:[.:](?:\s|$)|\s+(?=\p{Lu})|$)/u;
const MARKDOWN_HEADING = /^(#{1,6})\s+(\S.*?)\s*#*$/;
const PIPE_ROW = /^\|.*\|$/;

/** The lines of the text with page furniture and link targets left out (see text-furniture.ts); blank lines stay. */
export function linesOf(source: string): (Line | undefined)[] {
  const raw = source.replace(/\r\n?/g, '\n').split('\n');
  const drop = furniture(raw);
  return raw.flatMap((line, i) => {
    if (drop.has(i)) return [];
    const plain = line.replace(/\f/g, '').replace(/[\u00a0\u2007\u202f]/g, ' ');
    const text = mendHyphens(plain.replace(/\s+/g, ' ').trim());
    if (!text) return [undefined];
    const indent = (plain.match(/^\s*/)?.[0] ?? '').replace(/\t/g, '    ').length;
    return [{ line: i + 1, indent, text, ...cellsOf(plain) }];
  });
}

/**
 * A word a PDF broke with a hyphen and a space inside a line ("persoons- gegevens") made whole; a hyphen that stands
 * for a word left out ("hulp- en dienstverlening", "sport- of hobbyclub") and a one-letter prefix ("e- mail") stay.
 */
export const mendHyphens = (text: string) =>
  text.replace(/(\p{Ll}{2,})- (?!(?:en|of|tot|noch|als|maar|dan|naar|en\/of)\b)(?=\p{Ll})/gu, '$1');

export interface Item {
  /** Indentation and what the marker says about nesting: "o" sits a level below "•" at the same indentation. */
  depth: number;
  ordered: boolean;
  /** The bullet ("•", "o") or, for an ordered item, "1". */
  marker: string;
  text: string;
}

/** The list item a line opens, if it opens one. */
export function itemOf(line: Line): Item | undefined {
  const bullet = line.text.match(BULLET);
  if (bullet) return { depth: line.indent * 2 + (/^[o◦○▪·]$/.test(bullet[1]!) ? 1 : 0), ordered: false, marker: bullet[1]!, text: line.text.slice(bullet[0].length) };
  const ordinal = line.text.match(ORDINAL);
  if (ordinal) return { depth: line.indent * 2, ordered: true, marker: '1', text: line.text.slice(ordinal[0].length) };
  return undefined;
}

/** The section number a line starts with ("3.2 Hoe …" → [3, 2]) and the text after it. */
export function sectionNumberOf(text: string): { parts: number[]; rest: string } | undefined {
  const match = text.match(SECTION_NUMBER);
  if (!match) return undefined;
  return { parts: match[1]!.split('.').map(Number), rest: text.slice(match[0].length) };
}

export const isArticleHeading = (text: string) => ARTICLE.test(text) && text.length <= 120 && !/[.;,]$/.test(text);
export const markdownHeading = (text: string) => text.match(MARKDOWN_HEADING);
export const isPipeRow = (text: string) => PIPE_ROW.test(text);

/** A line that is nothing but capitals (and digits, punctuation): a heading in a contract or a form. */
export const isAllCaps = (text: string) =>
  /^\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && text.length <= 200 && (text.match(/\p{L}/gu) ?? []).length * 2 >= text.replace(/\s/g, '').length;

/** Starts in the middle of a sentence: a lower-case letter, or punctuation that never opens one. */
export const startsLower = (text: string) => /^[\p{Ll}),;:.\]]/u.test(text);
/** Ends a sentence or a clause that may close a paragraph. */
export const endsSentence = (text: string) => /[.!?:;]["'”’)]?$/.test(text);
/** An e-mail address, web address or phone number alone: a line of a contact block, never a heading. */
export const isContact = (text: string) =>
  /^\S+@\S+\.\S+$/.test(text) || /^(?:https?:\/\/|www\.)\S+$/i.test(text) || /^[+(\d][\d\s()./+-]{6,}$/.test(text);

/** A web address broken at a hyphen, its rest on the next line as if it were an item ("…/stel" + "- je-vraag"). */
export const urlGoesOn = (before: string, next: string) => /^(?:https?:\/\/|www\.)\S*[\w/]$/.test(lastWord(before)) && /^- \p{Ll}\S*(?:\s|$)/u.test(next);

/** The last word of a text: what the patterns at a line's end look at (not the whole paragraph so far). */
const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

/**
 * Joins the next line of a paragraph to what came before: a word broken with a hyphen at the line end is made whole,
 * keeping the hyphen where it belongs to the word ("ID-kaart", "7-zip", "27-11-2023", "privacy.west-limburg") and
 * dropping it where it only broke a lower-case word ("persoons-/gegevens" → "persoonsgegevens").
 */
export function joinLine(before: string, next: string): string {
  if (urlGoesOn(before, next)) return `${before}-${next.slice(2)}`;
  const broken = lastWord(before).match(/^(\S*)([\p{L}\d])-$/u);
  if (broken && /^\d/.test(broken[2]!) && /^\d/.test(next)) return before + next;
  if (broken && /^\p{Ll}/u.test(next)) {
    const keep = /[\p{Lu}\d]/u.test(broken[2]!) || /[.@\d-]/.test(broken[1]!);
    return keep ? before + next : before.slice(0, -1) + next;
  }
  return `${before} ${next}`;
}
