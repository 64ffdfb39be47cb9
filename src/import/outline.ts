/**
 * `privnote import` turns a notice an organisation already publishes (Word, HTML, Markdown, plain text) into a privnote
 * document in three stages: read (a source format → an Outline), recognise (facts in the outline → fields of the
 * schema), write (the YAML document, with a comment per recognised fact). The outline is what every reader gives and
 * the recognisers read: the source's blocks in its order, each with the line it starts on.
 */

/** The formats `import` reads, by the file's extension. */
export type SourceFormat = 'docx' | 'html' | 'md' | 'txt';

export interface Heading {
  kind: 'heading';
  /** 1 for the document's title, 2 for a section, 3 and deeper for subheadings. */
  level: number;
  text: string;
  /** 1-based line in the source (for docx: the paragraph's number in mammoth's HTML). */
  line: number;
}

export interface Paragraph {
  kind: 'paragraph';
  /** Inline formatting reduced to privnote's Markdown subset: **bold**, *italic*, [text](https://…). */
  text: string;
  line: number;
}

export interface List {
  kind: 'list';
  ordered: boolean;
  /** Each item's text (Markdown subset as above); a nested list is flattened into its item's text. */
  items: string[];
  line: number;
}

export interface Table {
  kind: 'table';
  /** The first row is the header when the source marks one. */
  rows: string[][];
  header: boolean;
  line: number;
}

export type Block = Heading | Paragraph | List | Table;

export interface Outline {
  file: string;
  format: SourceFormat;
  blocks: Block[];
}
