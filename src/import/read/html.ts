import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Block, Outline, SourceFormat } from '../outline.js';
import { blockText, escapeMarkdown, link, wrap } from './inline.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form']);
/** Elements that hold blocks; whatever text stands loose in them is a paragraph of its own. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'address', 'figure', 'dl', 'body', 'html', 'pre', 'hr', 'fieldset', 'details', 'summary', 'center', 'dt', 'dd', 'figcaption']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('content' in node && node.nodeName === 'template' ? [] : 'childNodes' in node ? node.childNodes : []);
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

export interface HtmlOptions {
  format?: SourceFormat;
  /** Number the blocks 1, 2, 3 … instead of giving the source line (mammoth's HTML of a Word file is one line). */
  numberBlocks?: boolean;
}

/**
 * An HTML page (or mammoth's HTML of a Word document) as an outline, read with a real parser (parse5). A page with a
 * <main> element is read from there only (its menus, header and footer are the site's, not the notice's).
 */
export function readHtml(source: string, file: string, { format = 'html', numberBlocks = false }: HtmlOptions = {}): Outline {
  const blocks: Block[] = [];
  const lineOf = (node: Node) => (numberBlocks ? blocks.length + 1 : (node.sourceCodeLocation?.startLine ?? 1));
  const push = (block: Block | undefined) => block && blocks.push(block);

  const walk = (node: Node): void => {
    let loose: Node[] = [];
    const flush = () => {
      const text = blockText(inlineOf(loose));
      if (text) push({ kind: 'paragraph', text, line: lineOf(loose[0]!) });
      loose = [];
    };
    for (const child of childrenOf(node)) {
      if (!isElement(child)) {
        if (child.nodeName === '#text') loose.push(child);
        continue;
      }
      if (SKIPPED.has(child.tagName)) continue;
      if (!BLOCKS.has(child.tagName) && child.tagName !== 'li') {
        loose.push(child);
        continue;
      }
      flush();
      const tag = child.tagName;
      if (/^h[1-6]$/.test(tag)) {
        const text = blockText(inlineOf(childrenOf(child))).replace(/\n/g, ' ');
        if (text) push({ kind: 'heading', level: Number(tag[1]), text, line: lineOf(child) });
      } else if (tag === 'p' || tag === 'pre' || tag === 'address' || tag === 'summary') {
        const text = blockText(inlineOf(childrenOf(child)));
        if (text) push({ kind: 'paragraph', text, line: lineOf(child) });
      } else if (tag === 'ul' || tag === 'ol') {
        const items = itemsOf(child);
        if (items.length > 0) push({ kind: 'list', ordered: tag === 'ol', items, line: lineOf(child) });
      } else if (tag === 'table') {
        const table = tableOf(child);
        if (table.rows.length > 0) push({ kind: 'table', ...table, line: lineOf(child) });
      } else if (tag !== 'hr') walk(child);
    }
    flush();
  };
  const document = parse(source, { sourceCodeLocationInfo: !numberBlocks });
  walk(find(document, 'main') ?? document);
  return { file, format, blocks };
}

/** The first element named `tag`, depth first: a page's <main> holds the notice, without menus and footer around it. */
function find(node: Node, tag: string): Element | undefined {
  for (const child of childrenOf(node)) {
    if (isElement(child) && child.tagName === tag) return child;
    const found = find(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** A list's items: each item's own text, a nested list's items appended to it ("item: a; b"). */
function itemsOf(list: Element): string[] {
  return childrenOf(list)
    .filter((child): child is Element => isElement(child) && child.tagName === 'li')
    .map((item) => {
      const own = childrenOf(item).filter((c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')));
      const nested = childrenOf(item).filter((c): c is Element => isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol'));
      const text = blockText(inlineOf(own)).replace(/\n/g, ' ');
      return [text, ...nested.map((n) => itemsOf(n).join('; '))].filter(Boolean).join(': ');
    })
    .filter(Boolean);
}

function tableOf(table: Element): { rows: string[][]; header: boolean } {
  const rows: string[][] = [];
  let header = false;
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') {
        const cells = childrenOf(child).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
        if (rows.length === 0 && cells.length > 0 && cells.every((c) => c.tagName === 'th')) header = true;
        const row = cells.map((cell) => blockText(inlineOf(childrenOf(cell))).replace(/\n/g, ' '));
        if (row.some(Boolean)) rows.push(row);
      } else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return { rows, header };
}

/** Inline content in the Markdown subset: text escaped, <strong>/<b> bold, <em>/<i> italic, <a href> a link, <br> a line. */
function inlineOf(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.nodeName === '#text' && 'value' in node) out += escapeMarkdown(node.value.replace(/\s+/g, ' '));
    else if (!isElement(node) || SKIPPED.has(node.tagName)) continue;
    else if (node.tagName === 'br') out += '\n';
    else if (node.tagName === 'strong' || node.tagName === 'b') out += wrap(inlineOf(childrenOf(node)), '**');
    else if (node.tagName === 'em' || node.tagName === 'i') out += wrap(inlineOf(childrenOf(node)), '*');
    else if (node.tagName === 'a') out += link(inlineOf(childrenOf(node)), attr(node, 'href'));
    else if (node.tagName === 'img') out += escapeMarkdown(attr(node, 'alt') ?? '');
    else if (BLOCKS.has(node.tagName) || node.tagName === 'li') out += `\n${inlineOf(childrenOf(node))}\n`;
    else out += inlineOf(childrenOf(node));
  }
  return out;
}
