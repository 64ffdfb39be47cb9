import type { Block, Outline } from '../../src/import/outline.js';

/**
 * Outlines for the recognisers' tests, made from the texts the repository already has: the reference notices of
 * test/notices (one paragraph or list item per line, `#` headings, `-` items, `|` table rows), and the seeds of the
 * examples (text extracted from PDF: blank lines between paragraphs, `•`/`o`/`-` bullets, short unpunctuated lines
 * as headings). The real readers are import-core's and import-txt's; these only give the recognisers realistic input.
 */
export function referenceOutline(text: string, file = 'reference.txt'): Outline {
  const blocks: Block[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const heading = /^(#+)\s+(.*)$/.exec(raw);
    const item = /^(\s*)[-*]\s+(.*)$/.exec(raw);
    const last = blocks.at(-1);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!, line });
    else if (item && item[1] !== '' && last?.kind === 'list') last.items[last.items.length - 1] += ` ${item[2]}`;
    else if (item) last?.kind === 'list' ? last.items.push(item[2]!) : blocks.push({ kind: 'list', ordered: false, items: [item[2]!], line });
    else if (raw.startsWith('|')) {
      const row = raw.split('|').slice(1, -1).map((c) => c.trim());
      if (row.every((c) => /^-+$/.test(c))) return;
      last?.kind === 'table' ? last.rows.push(row) : blocks.push({ kind: 'table', rows: [row], header: true, line });
    } else if (raw.trim() !== '') blocks.push({ kind: 'paragraph', text: raw.trim(), line });
  });
  return { file, format: 'md', blocks };
}

const BULLET = /^\s*(?:[•▪●◦]|o\s|-\s|\d+[.)]\s)\s*/;

export function seedOutline(text: string, file = 'seed.txt'): Outline {
  const blocks: Block[] = [];
  let paragraph: { lines: string[]; line: number } | undefined;
  const flush = () => {
    if (!paragraph) return;
    const joined = paragraph.lines.join(' ').replace(/\s+/g, ' ').trim();
    const words = joined.split(' ').length;
    if (paragraph.lines.length === 1 && words <= 10 && !/[.,;:]$/.test(joined) && /^(?:\d+(?:\.\d+)*\.?\s+)?[A-ZÀ-Ý]/.test(joined)) {
      blocks.push({ kind: 'heading', level: /^\d+\.\d+/.test(joined) ? 3 : 2, text: joined, line: paragraph.line });
    } else if (joined !== '') blocks.push({ kind: 'paragraph', text: joined, line: paragraph.line });
    paragraph = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (/^\s*(?:mailto:|https?:\/\/\S+\s*$)/.test(raw)) return;
    if (raw.trim() === '') return flush();
    const last = blocks.at(-1);
    if (BULLET.test(raw) && !/^\s*\d+[.)]\s+[A-ZÀ-Ý][^.]{0,60}$/.test(raw)) {
      flush();
      const item = raw.replace(BULLET, '').trim();
      // A sub-bullet (`o`) is flattened into its item's text, as the outline's contract says of a nested list.
      if (/^\s*o\s/.test(raw) && last?.kind === 'list') {
        last.items[last.items.length - 1] += ` ${item}`;
        return;
      }
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', ordered: false, items: [item], line });
      return;
    }
    if (!paragraph && last?.kind === 'list' && /^\s*[a-zà-ÿ(]/.test(raw)) {
      last.items[last.items.length - 1] += ` ${raw.trim()}`;
      return;
    }
    paragraph ??= { lines: [], line };
    paragraph.lines.push(raw.trim());
  });
  flush();
  return { file, format: 'txt', blocks };
}
