import MarkdownIt, { type Token } from 'markdown-it';
import type { Block, Outline } from '../outline.js';
import { blockText, escapeMarkdown, link, wrap } from './inline.js';

const md = new MarkdownIt({ html: false, linkify: false });

/** A Markdown source as an outline: headings, paragraphs, lists (nested lists flattened into their item), tables. */
export function readMarkdown(source: string, file: string): Outline {
  const tokens = md.parse(source, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === 'heading_open') {
      blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text: blockText(inline(tokens[i + 1]!)), line });
      i += 2;
    } else if (token.type === 'paragraph_open') {
      const text = blockText(inline(tokens[i + 1]!));
      if (text) blocks.push({ kind: 'paragraph', text, line });
      i += 2;
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const { items, end } = list(tokens, i);
      blocks.push({ kind: 'list', ordered: token.type === 'ordered_list_open', items, line });
      i = end;
    } else if (token.type === 'table_open') {
      const { rows, header, end } = table(tokens, i);
      blocks.push({ kind: 'table', rows, header, line });
      i = end;
    } else if ((token.type === 'fence' || token.type === 'code_block') && token.content.trim()) {
      blocks.push({ kind: 'paragraph', text: blockText(escapeMarkdown(token.content)), line });
    }
  }
  return { file, format: 'md', blocks };
}

/** The list that opens at `start`: each item's text, a nested list's items appended to it; and the closing index. */
function list(tokens: Token[], start: number): { items: string[]; end: number } {
  const items: string[] = [];
  const close = tokens[start]!.type.replace('_open', '_close');
  let i = start + 1;
  for (; i < tokens.length && tokens[i]!.type !== close; i++) {
    if (tokens[i]!.type !== 'list_item_open') continue;
    const parts: string[] = [];
    for (i++; tokens[i]!.type !== 'list_item_close'; i++) {
      const token = tokens[i]!;
      if (token.type === 'inline') parts.push(blockText(inline(token)).replace(/\n/g, ' '));
      else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        const nested = list(tokens, i);
        parts.push(nested.items.join('; '));
        i = nested.end;
      }
    }
    items.push(parts.filter(Boolean).join(': '));
  }
  return { items: items.filter(Boolean), end: i };
}

function table(tokens: Token[], start: number): { rows: string[][]; header: boolean; end: number } {
  const rows: string[][] = [];
  let header = false;
  let i = start + 1;
  for (; tokens[i]!.type !== 'table_close'; i++) {
    const token = tokens[i]!;
    if (token.type === 'tr_open') rows.push([]);
    else if (token.type === 'th_open') header = true;
    else if (token.type === 'inline') rows.at(-1)!.push(blockText(inline(token)).replace(/\n/g, ' '));
  }
  return { rows, header, end: i };
}

/** An inline token's children in the Markdown subset: text escaped, bold, italic and links rewritten. */
function inline(token: Token): string {
  const children = token.children ?? [];
  let i = 0;
  const until = (close: string | undefined): string => {
    let out = '';
    for (; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === close) return out;
      if (child.type === 'text' || child.type === 'code_inline') out += escapeMarkdown(child.content);
      else if (child.type === 'softbreak') out += ' ';
      else if (child.type === 'hardbreak') out += '\n';
      else if (child.type === 'image') out += escapeMarkdown(child.content);
      else if (child.type === 'strong_open' || child.type === 'em_open') {
        i++;
        out += wrap(until(child.type.replace('_open', '_close')), child.type === 'strong_open' ? '**' : '*');
      } else if (child.type === 'link_open') {
        i++;
        out += link(until('link_close'), child.attrGet('href')?.toString());
      }
    }
    return out;
  };
  return until(undefined);
}
