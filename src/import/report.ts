import { escapeHtml } from '../render/escape.js';
import { inlineToHtml, richTextToHtml } from '../render/richtext.js';
import { msg, text } from '../messages/message.js';
import type { Block, Outline } from './outline.js';

/** One block of the source as HTML, with its source line in the margin (title attribute and a small mark). */
function blockHtml(block: Block): string {
  const at = `<span class="line">${block.line}</span>`;
  if (block.kind === 'heading') return `<h${Math.min(block.level + 1, 6)}>${at}${inlineToHtml(block.text)}</h${Math.min(block.level + 1, 6)}>`;
  if (block.kind === 'paragraph') return `<div class="block">${at}${richTextToHtml(block.text)}</div>`;
  if (block.kind === 'list') {
    const tag = block.ordered ? 'ol' : 'ul';
    return `<div class="block">${at}<${tag}>${block.items.map((item) => `<li>${inlineToHtml(item)}</li>`).join('')}</${tag}></div>`;
  }
  const cell = (row: string[], i: number) => row.map((c) => (block.header && i === 0 ? `<th>${inlineToHtml(c)}</th>` : `<td>${inlineToHtml(c)}</td>`)).join('');
  return `<div class="block">${at}<table>${block.rows.map((row, i) => `<tr>${cell(row, i)}</tr>`).join('')}</table></div>`;
}

const STYLE = `body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#222}
header{padding:.6rem 1rem;background:#f3f3f3;border-bottom:1px solid #ddd}
main{display:grid;grid-template-columns:1fr 1fr;height:calc(100vh - 3rem)}
section{overflow:auto;border-right:1px solid #ddd;padding:0 1rem}
section.result{padding:0}
iframe{border:0;width:100%;height:100%}
.line{float:left;margin-left:-.2rem;margin-right:.6rem;color:#999;font-size:.75rem;font-weight:normal}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}`;

/**
 * The review page of an import: the source (as read, each block with its line) beside the rendered notice, in one
 * self-contained HTML file. The notice keeps its own style sheet inside an iframe's srcdoc, so neither side restyles
 * the other and nothing is fetched.
 */
export function sideBySide(outline: Outline, renderedHtml: string): string {
  const title = escapeHtml(text(msg('fragment.import-title', { file: outline.file })));
  return `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body>
<header><strong>${title}</strong></header>
<main>
<section class="source" aria-label="${escapeHtml(text(msg('fragment.import-source')))}">
${outline.blocks.map(blockHtml).join('\n')}
</section>
<section class="result"><iframe title="${escapeHtml(text(msg('fragment.import-result')))}" srcdoc="${escapeHtml(renderedHtml)}"></iframe></section>
</main>
</body>
</html>
`;
}
