import { basename } from 'node:path';
import type { ItemStatus } from '../diagnostics.js';
import { escapeHtml, escapeMarkdownInline } from '../render/escape.js';

export interface DocumentItems {
  file: string;
  items: ItemStatus[];
}

const SYMBOL = { aanwezig: '✓', ontbreekt: '✗', 'n.v.t.': '–', 'niet vermeld': '?', uit: '–', genegeerd: '○' } as const;

/** "✓ aanwezig (r. 12)", "✗ ontbreekt (r. 5)", "– n.v.t.", "○ genegeerd: reden". */
export function cellText(status: ItemStatus | undefined): string {
  if (!status) return '';
  const where = status.line ? ` (r. ${status.line})` : '';
  const reason = status.reason ? `: ${status.reason}` : '';
  return `${SYMBOL[status.status]} ${status.status}${where}${reason}`;
}

/** Rows: the art. 13/14 items, in rule order; columns: the documents. */
function table(documents: readonly DocumentItems[]) {
  const rows = [...new Map(documents.flatMap((d) => d.items.map((i) => [i.ruleId, i.item] as const))).entries()];
  return rows.map(([ruleId, item]) => ({
    ruleId,
    item,
    cells: documents.map((d) => cellText(d.items.find((i) => i.ruleId === ruleId))),
  }));
}

const title = 'Volledigheid van de informatie (AVG art. 13 en 14)';
const legend =
  '✓ aanwezig, met de regel in de YAML waar het staat; ✗ ontbreekt, met de regel van de melding; – niet van toepassing of uitgezet; ? niet vermeld: of het van toepassing is, hangt af van iets wat de verklaring niet zegt (bv. of de gegevens van de betrokkene zelf komen); ○ genegeerd, met de reden.';

export function completenessMarkdown(documents: readonly DocumentItems[], heading = `# ${title}`): string {
  const names = documents.map((d) => escapeMarkdownInline(basename(d.file)));
  const lines = [heading, '', legend, '', `| Onderdeel | Regel | ${names.join(' | ')} |`, `| --- | --- |${' --- |'.repeat(names.length)}`];
  for (const row of table(documents)) {
    lines.push(`| ${escapeMarkdownInline(row.item)} | \`${row.ruleId}\` | ${row.cells.map(escapeMarkdownInline).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same table as a fragment (for the review appendix) or a whole page (`check --report x.html`). */
export function completenessHtml(documents: readonly DocumentItems[], standalone = true): string {
  const e = escapeHtml;
  const head = `<tr><th scope="col">Onderdeel</th><th scope="col">Regel</th>${documents.map((d) => `<th scope="col">${e(basename(d.file))}</th>`).join('')}</tr>`;
  const body = table(documents)
    .map((row) => `<tr><th scope="row">${e(row.item)}</th><td><code>${e(row.ruleId)}</code></td>${row.cells.map((c) => `<td class="${c.split(' ')[1] === 'ontbreekt' ? 'missing' : ''}">${e(c)}</td>`).join('')}</tr>`)
    .join('\n');
  const fragment = `<p>${e(legend)}</p>\n<div class="table-wrap"><table class="completeness">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table></div>`;
  if (!standalone) return fragment;
  return `<!DOCTYPE html>\n<html lang="nl-BE">\n<head><meta charset="utf-8"><title>${e(title)}</title>
<style>body{font-family:"Liberation Sans",Arial,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #c9d3de;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#f2f6fa}.missing{color:#a33;font-weight:bold}</style>
</head>\n<body>\n<h1>${e(title)}</h1>\n${fragment}\n</body>\n</html>\n`;
}
