import Handlebars from 'handlebars';
import { escapeMarkdownInline } from './escape.js';
import { MessageError } from '../errors.js';
import { msg } from '../messages/message.js';

const { escapeExpression: escape, SafeString } = Handlebars;

/** The marker of a numbered Markdown item: `3.` for a number (an ordered list), `- c.` for a letter or roman numeral. */
export const marker = (number: unknown) => (typeof number === 'number' ? `${number}.` : `- ${String(number)}.`);

/** A label leads in with a colon, unless it ends in a question mark or a colon of its own ("Welke gegevens?"). */
const withColon = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

/** "Recht op inzage (AVG art. 15)", the name or its article alone when the other is switched off, or nothing. */
const nameWithArticle = (name: unknown, article: unknown) =>
  [name, article && `(${String(article)})`].filter(Boolean).join(' ');

interface Fact {
  label: string;
  value: string;
}

/**
 * Labels a project can switch off (`texts:` false): each helper prints nothing of an empty label, so that no lone
 * colon, empty heading or empty term stays behind; the value it labels is printed as before.
 */
export const htmlLabelHelpers: Record<string, Handlebars.HelperDelegate> = {
  /** `{{leadIn label}}value`: "Label: " before a value in the same sentence, or nothing. */
  leadIn: (label: unknown) => (label ? new SafeString(`${escape(withColon(String(label)))} `) : ''),
  /** `{{withArticle label article}}`: a legal basis or a right with its article, as far as either is printed. */
  withArticle: (name: unknown, article: unknown) => escape(nameWithArticle(name, article)),
  /** `{{columnHeader label}}`: a column's header; switched off, an empty cell (a header without a name is no header). */
  columnHeader: (label: unknown) => new SafeString(label ? `<th scope="col">${escape(String(label))}</th>` : '<td></td>'),
  /** `<td{{cellLabel label}}>`: the column's name, which a narrow screen shows above the value (style.css). */
  cellLabel: (label: unknown) => (label ? new SafeString(` data-label="${escape(String(label))}"`) : ''),
  /**
   * `{{#facts class="…"}}{{#fact label}}value{{/fact}}…{{/facts}}`: labelled values as a description list. A value
   * whose label is switched off stands on its own between the lists: a `<dl>` holds only terms with their descriptions.
   */
  facts(this: unknown, options: Handlebars.HelperOptions) {
    const facts: Fact[] = [];
    const data = Handlebars.createFrame(options.data) as Record<string, unknown>;
    data.facts = facts;
    options.fn(this, { data });
    const open = `<dl${options.hash?.class ? ` class="${escape(String(options.hash.class))}"` : ''}>\n`;
    let html = '';
    let inList = false;
    for (const { label, value } of facts) {
      if (Boolean(label) !== inList) html += inList ? '</dl>\n' : open;
      inList = Boolean(label);
      html += label ? `<div><dt>${label}</dt><dd>${value}</dd></div>\n` : `<div class="fact">${value}</div>\n`;
    }
    return new SafeString(inList ? `${html}</dl>\n` : html);
  },
  fact(this: unknown, label: unknown, options: Handlebars.HelperOptions) {
    const facts = (options.data as { facts?: Fact[] }).facts;
    if (!facts) throw new MessageError(msg('render.fact-outside-facts'));
    facts.push({ label: label ? escape(String(label)) : '', value: String(options.fn(this)) });
    return '';
  },
};

export const markdownLabelHelpers: Record<string, Handlebars.HelperDelegate> = {
  /** `{{leadIn label}}value`: "Label: " before a value in the same line, or nothing. */
  leadIn: (label: unknown) => (label ? `${escapeMarkdownInline(withColon(String(label)))} ` : ''),
  withArticle: (name: unknown, article: unknown) => escapeMarkdownInline(nameWithArticle(name, article)),
  /**
   * `{{#listItem number=number}}…{{/listItem}}`: a list item (`-`, or numbered as `marker` numbers it) whose first line
   * may be empty (its name switched off): the marker goes before the first line with content, so that no empty item
   * stands before its own text; an item with nothing in it is left out.
   */
  listItem(this: unknown, options: Handlebars.HelperOptions) {
    const number: unknown = options.hash?.number;
    const lines = String(options.fn(this)).split('\n');
    const first = lines.findIndex((line) => line.trim() !== '');
    if (first < 0) return '';
    return [`${number === undefined ? '-' : marker(number)} ${lines[first]!.trimStart()}`, ...lines.slice(first + 1)].join('\n');
  },
};
