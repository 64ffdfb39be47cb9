import Handlebars from 'handlebars';
import { ordinal, type Scheme } from '../model/numbering.js';

/**
 * Helpers of the document's structure, the same in every format: the level of the headings inside a section, and
 * the numbers of a numbered list.
 */
export const structureHelpers: Record<string, Handlebars.HelperDelegate> = {
  /**
   * `{{#headingLevel sub}}…{{/headingLevel}}`: inside, `@level` is the level of a heading (`<h{{@level}}>`) and
   * `@marks` its Markdown marks (`###`), in every partial and loop below, so a part prints its own headings one level
   * below its section's heading, wherever the section stands (a section, a subsection, a section in a chapter).
   */
  headingLevel(this: unknown, level: number, options: Handlebars.HelperOptions) {
    const data = Handlebars.createFrame(options.data) as Record<string, unknown>;
    data.level = level;
    data.marks = '#'.repeat(level);
    return options.fn(this, { data });
  },
  /**
   * `{{#unlessBlank}}…{{/unlessBlank}}`: the block, unless it holds no text a reader sees: a section without a heading
   * whose standard texts are all switched off is left out, not printed as an empty section.
   */
  unlessBlank(this: unknown, options: Handlebars.HelperOptions) {
    const out = String(options.fn(this));
    return /\S/.test(out.replace(/<[^>]*>/g, '')) ? out : '';
  },
  /**
   * `{{numberLabel number}}`: a section's number as it stands before its heading: "3." or, numbered after its chapter,
   * "1.3" (no point after a number that has one); `escaped=true` writes Markdown's `3\.` where a point after a number
   * at the start of a line would begin a list.
   */
  numberLabel: (number: number | string, options: Handlebars.HelperOptions) =>
    String(number).includes('.') ? String(number) : `${number}${options.hash?.escaped ? '\\.' : '.'}`,
  /** `{{ordinal @index numbering}}`: the number of a list item (1-based) in a numbering scheme: 3, c, iii. */
  ordinal: (index: number, scheme: Scheme) => ordinal(index + 1, scheme),
};
