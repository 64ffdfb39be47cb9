import Handlebars from 'handlebars';
import type { NoticeModel } from '../model/index.js';
import { escapeMarkdownInline } from './escape.js';
import { richTextToMarkdown } from './richtext.js';
import { templatesFor } from './templates.js';

const hashIndent = (options: Handlebars.HelperOptions) => Number(options.hash?.indent ?? 0);

const helpers: Record<string, Handlebars.HelperDelegate> = {
  esc: (value: unknown) => escapeMarkdownInline(value),
  md: (text: unknown, options: Handlebars.HelperOptions) => richTextToMarkdown(String(text ?? ''), hashIndent(options)),
  /** A block quote ("Samengevat", "Voorbeeld"): every line of the text carries the quote marker. */
  quote: (text: unknown) =>
    richTextToMarkdown(String(text ?? ''))
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n'),
  mailto: (email: unknown) => `<${String(email).replace(/[<>\s]/g, '')}>`,
  tel: (phone: unknown) => escapeMarkdownInline(phone),
  link: (url: unknown, label: unknown) => {
    const href = String(url).replace(/[<>\s]/g, '');
    if (!/^https?:\/\//i.test(href)) return escapeMarkdownInline(label ?? url);
    return typeof label === 'string' ? `[${escapeMarkdownInline(label)}](<${href}>)` : `<${href}>`;
  },
};

/** CommonMark for reading in a git diff: stable order, one item or sentence per line, every value escaped. */
export function renderMarkdown(model: NoticeModel): string {
  const raw = templatesFor('md', helpers)[model.kind]!(model);
  return (
    raw
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
