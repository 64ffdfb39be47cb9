import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { themeCss } from '../config/theme.js';
import type { NoticeModel } from '../model/index.js';
import { templatesDir } from '../paths.js';
import { webHref } from '../links.js';
import { fileResource } from '../resources.js';
import { htmlLabelHelpers } from './labels.js';
import { inlineToHtml, richTextToHtml, unbreakable } from './richtext.js';
import type { RenderOptions } from './renderers.js';
import { structureHelpers } from './structure.js';
import { templatesFor } from './templates.js';

const { escapeExpression: escape, SafeString } = Handlebars;

/** How often each landmark name was given so far, per rendered document (its root context). */
const landmarkNames = new WeakMap<object, Map<string, number>>();

const helpers: Record<string, Handlebars.HelperDelegate> = {
  ...structureHelpers,
  /**
   * A landmark's accessible name is unique in its page (screen readers list landmarks by name): the second aside
   * labelled "Voorbeeld" is named "Voorbeeld 2", the third "Voorbeeld 3".
   */
  landmarkName: (label: unknown, options: Handlebars.HelperOptions) => {
    const root = options.data.root as object;
    const seen = landmarkNames.get(root) ?? landmarkNames.set(root, new Map()).get(root)!;
    const count = (seen.get(String(label)) ?? 0) + 1;
    seen.set(String(label), count);
    return count === 1 ? String(label) : `${String(label)} ${count}`;
  },
  ...htmlLabelHelpers,
  md: (text: unknown) => new SafeString(richTextToHtml(String(text ?? ''))),
  mdi: (text: unknown) => new SafeString(inlineToHtml(String(text ?? ''))),
  mailto: (email: unknown) => new SafeString(`<a href="mailto:${escape(String(email))}">${escape(String(email))}</a>`),
  tel: (phone: unknown) => {
    const digits = String(phone).replace(/\(0\)/, '').replace(/[^\d+]/g, '');
    const international = digits.startsWith('+') ? digits : `+32${digits.replace(/^0/, '')}`;
    return new SafeString(`<a href="tel:${escape(international)}">${unbreakable(escape(String(phone)))}</a>`);
  },
  link: (url: unknown, label: unknown) => {
    const text = typeof label === 'string' ? label : String(url).replace(/^https?:\/\//, '').replace(/\/$/, '');
    // Only http(s) links reach an href: the schema says so, and the renderer does not rely on it.
    const href = webHref(url);
    return new SafeString(href ? `<a href="${escape(href)}">${escape(text)}</a>` : escape(text));
  },
};

const css = fileResource(join(templatesDir, 'html', 'style.css'), (text) => text);

/**
 * One self-contained HTML file: CSS inline, no external requests. The theme's colour and font follow the built-in
 * style sheet; a project's own templates (`templates`) replace partials of the same name, and its `html/style.css`
 * comes last, so it only restates what differs (the same selector wins when it comes later).
 */
export function renderHtml(model: NoticeModel, options: RenderOptions = {}): string {
  const own = options.templates?.html.css;
  const theme = themeCss(model.theme);
  const style = [css(), theme && `/* theme */\n${theme}`, own && `/* ${basename(own.file)} */\n${own.source}`].filter(Boolean).join('\n');
  return templatesFor('html', helpers, options.templates)[model.kind]!({ ...model, css: new SafeString(style) });
}
