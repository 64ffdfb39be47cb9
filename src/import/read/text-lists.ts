/**
 * A run of list items read from text, nested by indentation and bullet kind, turned into outline blocks: items of one
 * level and kind form a list; deeper items are written into their parent's text ("item: a; b", as the other readers); an
 * item that ends with a colon and has items under it ("om een wettelijke verplichting na te komen:") introduces them,
 * so it becomes a paragraph before their list.
 */
import type { Block } from '../outline.js';

export interface Entry {
  depth: number;
  ordered: boolean;
  marker: string;
  text: string;
  line: number;
}

interface Node extends Entry {
  children: Node[];
}

/**
 * The items as a tree: an item is under the last one before it that is less deep. A lone item indented one space more
 * than the one before, with the same bullet, under an unindented item that introduces nothing (" ● voornaam" after
 * "● naam"), is the extraction's noise: it stays beside it.
 */
function treeOf(entries: Entry[]): Node[] {
  const root: Node[] = [];
  const stack: Node[] = [];
  entries.forEach((entry, k) => {
    const before = stack.at(-1);
    const noise = before && before.depth <= 1 && entry.depth > before.depth && entry.depth - before.depth <= 2 && entry.marker === before.marker && !before.text.endsWith(':') &&
      !before.children.length && (entries[k + 1]?.depth ?? before.depth) <= before.depth;
    const node: Node = { ...entry, depth: noise ? before.depth : entry.depth, children: [] };
    while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(node);
    stack.push(node);
  });
  return root;
}

/** An item with the items under it appended, as every reader writes a nested list: "item: a; b". */
const withChildren = (node: Node): string =>
  node.children.length ? `${node.text}${node.text.endsWith(':') ? ' ' : ': '}${node.children.map(withChildren).join('; ')}` : node.text;

function blocksOf(nodes: Node[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node.text.endsWith(':') && node.children.length) {
      blocks.push({ kind: 'paragraph', text: node.text, line: node.line }, ...blocksOf(node.children));
      continue;
    }
    const text = withChildren(node);
    const last = blocks.at(-1);
    if (last?.kind === 'list' && last.ordered === node.ordered) last.items.push(text);
    else blocks.push({ kind: 'list', ordered: node.ordered, items: [text], line: node.line });
  }
  return blocks;
}

export const listBlocks = (entries: Entry[]): Block[] => blocksOf(treeOf(entries));
