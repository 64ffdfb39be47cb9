import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { NoticeModel } from '../model/index.js';
import { templatesDir } from '../paths.js';
import { fileResource } from '../resources.js';
import { inlineToHtml, richTextToHtml } from './richtext.js';
import { structureHelpers } from './structure.js';
import { templatesFor } from './templates.js';

const { escapeExpression: escape, SafeString } = Handlebars;

/** Only http(s) links reach an href: the schema says so, and the renderer does not rely on it. */
const safeUrl = (url: unknown) => (/^https?:\/\//i.test(String(url)) ? String(url) : undefined);

const helpers: Record<string, Handlebars.HelperDelegate> = {
  ...structureHelpers,
  md: (text: unknown) => new SafeString(richTextToHtml(String(text ?? ''))),
  mdi: (text: unknown) => new SafeString(inlineToHtml(String(text ?? ''))),
  mailto: (email: unknown) => new SafeString(`<a href="mailto:${escape(String(email))}">${escape(String(email))}</a>`),
  tel: (phone: unknown) => {
    const digits = String(phone).replace(/\(0\)/, '').replace(/[^\d+]/g, '');
    const international = digits.startsWith('+') ? digits : `+32${digits.replace(/^0/, '')}`;
    return new SafeString(`<a href="tel:${escape(international)}">${escape(String(phone))}</a>`);
  },
  link: (url: unknown, label: unknown) => {
    const text = typeof label === 'string' ? label : String(url).replace(/^https?:\/\//, '').replace(/\/$/, '');
    const href = safeUrl(url);
    return new SafeString(href ? `<a href="${escape(href)}">${escape(text)}</a>` : escape(text));
  },
};

const css = fileResource(join(templatesDir, 'html', 'style.css'), (text) => new SafeString(text));

/** One self-contained HTML file: CSS inline, no external requests. */
export function renderHtml(model: NoticeModel): string {
  return templatesFor('html', helpers)[model.kind]!({ ...model, css: css() });
}
