import type { NoticeModel } from '../../model/index.js';

/**
 * A CSS string: quotes and backslashes escaped, line breaks as spaces, and `<` as a CSS escape, so that the style
 * sheet can stand in the HTML's head (a name with "</style>" in it cannot end it).
 */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;

/**
 * `text`, cut after a word with an ellipsis when it is longer than `max` characters: a page margin box cannot clip
 * its text (Chromium ignores overflow there), so a long name would run into the box beside it.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Half the width of an A4 page between its margins holds about this many characters of the 8pt running text. */
const HALF_LINE = 52;

/** "Versie 1.0.0 – 3 maart 2021", "Versie van 18 juli 2022": the version line of the title block, as plain text. */
export function versionLine(model: NoticeModel): string {
  const number = model.versionNumber && [model.labels.versionNumber, model.versionNumber].filter(Boolean).join(' ');
  const date = model.date && [model.date.label, model.date.text].filter(Boolean).join(' ');
  return [number, date].filter(Boolean).join(' – ');
}

/**
 * The running header and footer, as CSS page margin boxes: the organisation and the short title (`shortTitle`, else
 * the title) above, the version and "Pagina x van y" below, on every page but the first, which has the title block
 * (`@page :first`). Chromium's own header and footer templates are printed on every page and cannot leave one out;
 * margin boxes can. They take the document's font and accent colour from its root element.
 */
export function runningCss(model: NoticeModel): string {
  const { page, of } = model.labels;
  const pages = `${cssString(page ? `${page} ` : '')} counter(page) ${cssString(of ? ` ${of} ` : ' / ')} counter(pages)`;
  const boxes: Record<string, string> = {
    'top-left': cssString(shorten(model.author, HALF_LINE)),
    'top-right': cssString(shorten(model.pageTitle, HALF_LINE)),
    'bottom-left': cssString(shorten(versionLine(model), HALF_LINE)),
    'bottom-right': pages,
  };
  const box = (name: string, content: string) => {
    const edge = name.startsWith('top') ? 'vertical-align: bottom; padding-bottom: 5mm;' : 'vertical-align: top; padding-top: 6mm;';
    const side = name.endsWith('right') ? 'text-align: right;' : 'text-align: left;';
    return `@${name} { content: ${content}; font-size: 8pt; color: #555; width: 50%; ${edge} ${side} }`;
  };
  return [
    `@page { ${Object.entries(boxes).map(([name, content]) => box(name, content)).join(' ')} }`,
    `@page :first { ${Object.keys(boxes).map((name) => `@${name} { content: none; }`).join(' ')} }`,
  ].join('\n');
}
