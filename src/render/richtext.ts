import MarkdownIt from 'markdown-it';

/**
 * The Markdown subset allowed in free-text fields: paragraphs, emphasis, lists, links.
 * Raw HTML is off, so markdown-it also refuses javascript:, vbscript: and data: links. Web and e-mail
 * addresses written in the text become links, as they were in the published originals.
 */
const SUBSET = ['heading', 'lheading', 'table', 'code', 'fence', 'blockquote', 'hr', 'image', 'reference', 'html_block', 'html_inline'];
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false }).disable(SUBSET);
const linkifying = new MarkdownIt('default', { html: false, linkify: true, typographer: false }).disable(SUBSET);

/** Only a text that could contain a web or e-mail address pays for linkify's scan. */
const parser = (text: string) => (/@|\w\.[a-z]{2,}\b|:\/\//i.test(text) ? linkifying : markdown);

export const richTextToHtml = (text: string): string => parser(text).render(text);
export const inlineToHtml = (text: string): string => parser(text).renderInline(text);

/**
 * Makes a free-text (Markdown) field safe and diff-friendly for the Markdown output: the same subset as in HTML
 * (line starts that would open a heading, quote, table, code block or HTML are escaped), one sentence per line,
 * and continuation lines indented so the text stays inside the list item it is written in.
 */
export function richTextToMarkdown(text: string, indent = 0): string {
  const pad = ' '.repeat(indent);
  return String(text ?? '')
    .trim()
    .split('\n')
    .map((line) => {
      const safe = line
        .replace(/<(?!(https?:\/\/|mailto:)[^\s>]*>)/g, '\\<')
        // A link to anything but the web or an e-mail address stays text, as markdown-it does in the HTML.
        .replace(/\]\((?!\s*<?(https?:|mailto:))/g, ']\\(')
        .replace(/^(\s*)(#|>|\||```|~~~|={2,}\s*$|-{3,}\s*$)/, '$1\\$2')
        .replace(/^ {4,}(?![-*+] |\d+[.)] )/, '');
      const marker = /^(\s*)([-*+]|\d+[.)])\s+/.exec(safe);
      const continuation = pad + ' '.repeat(marker ? marker[0].length : (/^\s*/.exec(safe)?.[0].length ?? 0));
      return (safe === '' ? '' : pad) + splitSentences(safe).join(`\n${continuation}`);
    })
    .join('\n')
    .replace(/^\s+$/gm, '')
    .trimStart();
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['bv', 'bijv', 'vb', 'nr', 'art', 'enz', 'resp', 'incl', 'excl', 'ca', 'dhr', 'mevr', 'mr', 'dr', 'st', 'zgn']);

/**
 * One sentence per line ("semantic line breaks"): a Markdown soft break renders as a space, so the output reads the
 * same while a changed sentence shows as one changed line in a diff. A period after an abbreviation (bv., o.a.,
 * art.) or a single letter does not end a sentence.
 */
export function splitSentences(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  // Candidates first (cheap), then a look at the word before each one.
  for (const match of line.matchAll(/[.!?][)"”’]?\s+(?=[\p{Lu}"“‘(])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const word = /[\p{L}\p{N}.'’]+[)"”’]?$/u.exec(line.slice(Math.max(start, match.index - 40), match.index))?.[0].replace(/[)"”’]$/, '') ?? '';
    const isAbbreviation = match[0][0] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || word.includes('.') || word.length <= 1);
    if (isAbbreviation) continue;
    parts.push(line.slice(start, end));
    start = match.index + match[0].length;
  }
  parts.push(line.slice(start));
  return parts;
}
