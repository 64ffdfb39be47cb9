import Handlebars from 'handlebars';
import type { NoticeModel } from '../model/index.js';
import { webHref } from '../links.js';
import { escapeMarkdownInline, trimLineEnd } from './escape.js';
import { markdownLabelHelpers, marker } from './labels.js';
import { emailAutolink, linkDestination } from './markdown-writer.js';
import { inlineToMarkdown, richTextToMarkdown } from './richtext.js';
import type { RenderOptions } from './renderers.js';
import { structureHelpers } from './structure.js';
import { templatesFor } from './templates.js';

const hashIndent = (options: Handlebars.HelperOptions) => Number(options.hash?.indent ?? 0);

/** Every value reaches the Markdown through one of these: plain values escaped, free text written from its tree. */
export const markdownHelpers: Record<string, Handlebars.HelperDelegate> = {
  ...structureHelpers,
  ...markdownLabelHelpers,
  esc: (value: unknown) => escapeMarkdownInline(value),
  /** `{{md text indent=2 item=true}}`: the text is the content of the list item whose marker precedes it. */
  md: (text: unknown, options: Handlebars.HelperOptions) =>
    richTextToMarkdown(String(text ?? ''), hashIndent(options), options.hash?.item === true),
  mdi: (text: unknown, options: Handlebars.HelperOptions) => inlineToMarkdown(String(text ?? ''), hashIndent(options)),
  /** A block quote ("Samengevat", "Voorbeeld"): every line of the text carries the quote marker. */
  quote: (text: unknown) =>
    richTextToMarkdown(String(text ?? ''))
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n'),
  /** `{{#indent 3}}…{{/indent}}`: the block one list level deeper (a sub-purpose under its purpose); empty lines stay empty. */
  indent(this: unknown, spaces: number, options: Handlebars.HelperOptions) {
    return String(options.fn(this))
      .split('\n')
      .map((line) => (line ? ' '.repeat(spaces) + line : line))
      .join('\n');
  },
  marker,
  mailto: (email: unknown) => emailAutolink(String(email ?? '')) ?? escapeMarkdownInline(email),
  tel: (phone: unknown) => escapeMarkdownInline(phone),
  link: (url: unknown, label: unknown) => {
    const written = String(url ?? '').trim();
    const href = webHref(written);
    // An address written `www.…` is printed as written, and links with https://.
    const text = typeof label === 'string' ? label : href === written ? undefined : written;
    if (!href) return escapeMarkdownInline(text ?? written);
    return text === undefined ? linkDestination(href) : `[${escapeMarkdownInline(text)}](${linkDestination(href)})`;
  },
};

/** CommonMark for reading in a git diff: stable order, one item or sentence per line, every value escaped. */
export function renderMarkdown(model: NoticeModel, options: RenderOptions = {}): string {
  const raw = templatesFor('md', markdownHelpers, options.templates)[model.kind]!(model);
  return raw.split('\n').map(trimLineEnd).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
