import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import { operators, type Operator } from './content-stream.js';
import { untagContent } from './structure-tree.js';

const PATH_ENDS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
const MARKED_BEGIN = new Set(['BDC', 'BMC']);
const PAINTS_MORE_THAN_PATHS = new Set([...TEXT_SHOWING, 'Do', 'sh', 'BI', 'BDC', 'BMC']);
/** Elements whose paths are their content: an SVG logo is drawn, not decoration. */
const DRAWN_CONTENT = new Set(['Figure', 'Formula']);
/** Between two artifacts these keep them apart: one marked-content sequence must not cut through them. */
const SEPARATE = new Set(['q', 'Q', 'ET', 'BDC', 'BMC', 'EMC']);

/**
 * The ranges of a content stream that paint outside any marked-content sequence: Chromium's running header and
 * footer, and whatever else it leaves untagged. Each range is whole graphics objects (a painted path, a text
 * object, an image), so it can be wrapped in a marked-content sequence of its own (ISO 32000-1 14.6); neighbours
 * are joined when nothing that must nest (q/Q, BT/ET, marked content) stands between them.
 */
function unmarkedRanges(ops: Operator[]): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let joinable = false;
  const add = (start: number, end: number) => {
    if (joinable) ranges.at(-1)![1] = end;
    else ranges.push([start, end]);
    joinable = true;
  };
  for (let i = 0; i < ops.length; i++) {
    const { op, start, end } = ops[i]!;
    if (MARKED_BEGIN.has(op)) depth++;
    else if (op === 'EMC') depth--;
    if (SEPARATE.has(op)) joinable = false;
    if (depth > 0 || MARKED_BEGIN.has(op) || op === 'EMC') continue;
    if (op === 'm' || op === 're') {
      let last = i;
      while (last < ops.length - 1 && !PATH_ENDS.has(ops[last]!.op)) last++;
      // A path that only clips (`W n`) paints nothing.
      if (ops[last]!.op !== 'n') add(start, ops[last]!.end);
      i = last;
    } else if (op === 'BT') {
      let last = i;
      while (last < ops.length - 1 && ops[last]!.op !== 'ET') last++;
      // A text object with tagged text inside is entered: its untagged showing operators are wrapped one by one.
      if (!ops.slice(i, last).some((o) => MARKED_BEGIN.has(o.op))) {
        add(start, ops[last]!.end);
        i = last;
      } else joinable = false;
    } else if (TEXT_SHOWING.has(op) || op === 'Do' || op === 'sh' || op === 'BI') add(start, end);
  }
  return ranges;
}

/**
 * Chromium tags an element's borders, rules and backgrounds as its content: a marked-content sequence of its own
 * that paints only paths. Each becomes an artifact (ISO 14289-1 7.1: decoration is no content), unless its element
 * is a figure: the edits that retag them, and their ids.
 */
function decorations(ops: Operator[], text: string): { edits: Edit[]; mcids: number[] } {
  const edits: Edit[] = [];
  const mcids: number[] = [];
  for (let i = 0; i < ops.length; i++) {
    const { op, start, end } = ops[i]!;
    if (op === 'BMC') i = matchingEnd(ops, i);
    if (op !== 'BDC') continue;
    const close = matchingEnd(ops, i);
    const inner = ops.slice(i + 1, close);
    const mcid = /\/MCID\s+(\d+)/.exec(text.slice(start, end));
    const tag = /^\/([^\s/<[]+)/.exec(text.slice(start, end))?.[1];
    if (mcid && !DRAWN_CONTENT.has(tag!) && inner.some((o) => PATH_ENDS.has(o.op) && o.op !== 'n') && !inner.some((o) => PAINTS_MORE_THAN_PATHS.has(o.op))) {
      edits.push({ start, end, text: '/Artifact BMC' });
      mcids.push(Number(mcid[1]));
    }
    i = close;
  }
  return { edits, mcids };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * A page's content stream with every untagged range wrapped in `/Artifact BMC … EMC` and every decoration retagged
 * as an artifact, and the ids of the sequences that are no longer tagged. One reading of the stream serves both:
 * retagging keeps a sequence marked, so the untagged ranges stay the same.
 */
export function withArtifacts(text: string): { text: string; mcids: number[] } {
  const ops = operators(text);
  const { edits, mcids } = decorations(ops, text);
  for (const [start, end] of unmarkedRanges(ops)) edits.push({ start, end: start, text: '/Artifact BMC\n' }, { start: end, end, text: '\nEMC' });
  edits.sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { text: result + text.slice(at), mcids };
}

/** The index of the EMC that closes the marked-content sequence opened at `open`. */
function matchingEnd(ops: Operator[], open: number): number {
  let depth = 0;
  for (let i = open; i < ops.length; i++) {
    if (MARKED_BEGIN.has(ops[i]!.op)) depth++;
    else if (ops[i]!.op === 'EMC' && --depth === 0) return i;
  }
  return ops.length - 1;
}

/**
 * PDF/UA-1 (7.1): content is either tagged or an artifact. Chromium prints the header and footer templates outside
 * any marked content, and tags decoration as content: both become artifacts here. Streams go through zlib, several
 * times faster than pdf-lib's own inflate and deflate.
 */
export function markArtifacts(document: PDFDocument): void {
  const { context } = document;
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const untagged: number[] = [];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? context.lookup(ref) : undefined;
      if (!(stream instanceof PDFRawStream)) continue;
      const flate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode');
      const text = Buffer.from(flate ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode()).toString('latin1');
      const result = withArtifacts(text);
      untagged.push(...result.mcids);
      if (result.text !== text) context.assign(ref as PDFRef, context.stream(deflateSync(Buffer.from(result.text, 'latin1')), { Filter: 'FlateDecode' }));
    }
    untagContent(document, page.ref, page.node, untagged);
  }
}
