import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { sha256 } from '../hash.js';
import { readSource } from '../load/read.js';
import { templatesDir } from '../paths.js';
import { suggest } from '../suggest.js';
import { msg, said, type Message } from '../messages/message.js';

/** One file of a project's template folder: where it is (as the config names it) and what it says. */
export interface OverrideFile {
  file: string;
  source: string;
}

/** Where an override that does not compile first goes wrong, 1-based. */
export interface BrokenOverride {
  file: string;
  line: number;
  column: number;
  message: Message;
}

export interface FormatOverrides {
  /** By the name of the built-in partial each replaces. */
  partials: Record<string, OverrideFile>;
  /** The first partial of this format that does not compile: this format's documents of the project are not made. */
  broken?: BrokenOverride;
}

/**
 * A project's own templates (privnote.config.yaml `templates: ./huisstijl`): partials that replace the built-in ones
 * of the same name, per format, and CSS appended to the built-in style sheet. Plain data, so a worker thread gets it
 * with its task.
 */
export interface TemplateOverrides {
  dir: string;
  html: FormatOverrides & { css?: OverrideFile };
  md: FormatOverrides;
  /** A hash over every file's name and text: part of the build cache key and of the compiled templates' identity. */
  hash: string;
}

export type OverrideFormat = 'html' | 'md';
export const OVERRIDE_FORMATS: readonly OverrideFormat[] = ['html', 'md'];

/** The names of the built-in partials of one format (templates/<format>/partials/*.hbs). */
export const builtInPartials = (format: OverrideFormat): string[] =>
  readdirSync(join(templatesDir, format, 'partials'))
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => basename(name, '.hbs'))
    .sort();

export const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** What Handlebars' parser calls its tokens, as a template author knows them. */
const TOKENS: Record<string, string | Message> = {
  EOF: msg('token.eof'),
  OPEN_ENDBLOCK: '{{/…}}',
  INVERSE: '{{else}}',
  OPEN_INVERSE_CHAIN: '{{else …}}',
  OPEN_INVERSE: '{{^…}}',
  OPEN_BLOCK: '{{#…}}',
  OPEN_PARTIAL: '{{> …}}',
  OPEN_PARTIAL_BLOCK: '{{#> …}}',
  OPEN: '{{',
  OPEN_UNESCAPED: '{{{',
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  ID: msg('token.name'),
  STRING: msg('token.string'),
  NUMBER: msg('token.number'),
  BOOLEAN: msg('token.boolean'),
  DATA: '@…',
  EQUALS: '=',
  SEP: '.',
  CLOSE_RAW_BLOCK: '}}}}',
  OPEN_RAW_BLOCK: '{{{{',
  OPEN_BLOCK_PARAMS: 'as |',
  CLOSE_BLOCK_PARAMS: '|',
  CONTENT: msg('token.content'),
  INVALID: msg('token.invalid'),
};
/** A token as a message (a symbol such as `{{/…}}` is quoted as it is). */
const token = (name: string): Message => {
  const known = TOKENS[name] ?? name;
  return typeof known === 'string' ? msg('token.symbol', { symbol: known }) : known;
};

interface HandlebarsParser {
  parse(source: string): unknown;
  Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } };
}

/**
 * Why Handlebars cannot read a template, and where: its parser says "Parse error on line 3: … Expecting 'X', got
 * 'EOF'" and leaves the offending token's place in its lexer; its other exceptions carry a line and a 0-based column.
 */
export function syntaxProblem(source: string, handlebars: HandlebarsParser): { line: number; column: number; message: Message } | undefined {
  try {
    handlebars.parse(source);
    return undefined;
  } catch (error) {
    const { message, lineNumber, column } = error as Error & { lineNumber?: number; column?: number };
    if (typeof lineNumber === 'number') {
      const what = message.replace(/ - \d+:\d+$/, '');
      const mismatch = /^(\S+) doesn't match (\S+)$/.exec(what);
      return {
        line: lineNumber,
        column: (column ?? 0) + 1,
        message: mismatch ? msg('template.block-mismatch', { open: mismatch[1]!, close: mismatch[2]! }) : msg('template.other', { detail: what }),
      };
    }
    const place = handlebars.Parser.lexer.yylloc;
    const line = place?.first_line ?? Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    const columnAt = (place?.first_column ?? 0) + 1;
    const expected = /Expecting (.*), got '([^']+)'/.exec(message);
    if (expected) {
      const names = [...new Set(expected[1]!.split(', ').map((name) => name.replace(/'/g, '')))];
      const wanted = names.length > 5 ? [...names.slice(0, 4), names.at(-1)!] : names;
      return { line, column: columnAt, message: msg('template.unexpected', { found: token(expected[2]!), expected: wanted.map(token) }) };
    }
    if (/Lexical error/.test(message)) return { line, column: columnAt, message: msg('template.lexical') };
    return { line, column: columnAt, message: msg('template.other', { detail: message.split('\n')[0]! }) };
  }
}

const loadHandlebars = () => createRequire(import.meta.url)('handlebars') as HandlebarsParser;

/**
 * Reads a project's template folder: `html/partials/*.hbs`, `md/partials/*.hbs`, `html/style.css`. A partial must
 * have the name of a built-in one of its format (`unknown-partial`, with a suggestion) and must be valid Handlebars
 * (`template-syntax`, at the line and column in the override); each problem is a diagnostic in that file. The
 * Handlebars parser is loaded only for a project that has partials of its own.
 */
export function loadTemplateOverrides(dir: string): { overrides: TemplateOverrides; diagnostics: Diagnostic[]; found: number } {
  const diagnostics: Diagnostic[] = [];
  const problem = (file: string, line: number, column: number, ruleId: string, message: Message, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file, line, column, severity, ruleId, ...said(message) });
  const overrides: TemplateOverrides = { dir, html: { partials: {} }, md: { partials: {} }, hash: '' };
  const hashed: [string, string][] = [];
  let handlebars: HandlebarsParser | undefined;
  let found = 0;
  for (const format of OVERRIDE_FORMATS) {
    const folder = join(dir, format);
    if (!isDirectory(folder)) continue;
    const known = builtInPartials(format);
    for (const entry of readdirSync(folder).sort()) {
      // Only partials can be replaced: the entry templates are privnote's own (the order and frame of a notice).
      if (entry.endsWith('.hbs')) {
        problem(join(folder, entry), 1, 1, 'unknown-partial', msg('template.entry-not-partial', { format, examples: `${known.slice(0, 3).join('.hbs, ')}.hbs` }));
      }
    }
    const partials = join(folder, 'partials');
    if (!isDirectory(partials)) continue;
    for (const entry of readdirSync(partials).sort()) {
      if (entry.startsWith('.')) continue;
      const file = join(partials, entry);
      const name = entry.replace(/\.[^.]*$/, '');
      if (!entry.endsWith('.hbs')) {
        problem(file, 1, 1, 'unknown-partial', msg('template.not-hbs', { hint: known.includes(name) ? msg('fragment.did-you-mean', { word: `${name}.hbs` }) : msg('fragment.empty') }), 'warning');
        continue;
      }
      found++;
      if (!known.includes(name)) {
        const near = suggest(name, known);
        problem(file, 1, 1, 'unknown-partial', msg('template.unknown-partial', { name, format, hint: near ? msg('fragment.did-you-mean', { word: `${near}.hbs` }) : msg('fragment.empty') }));
        continue;
      }
      const read = readSource(file);
      if (read.text === undefined) {
        diagnostics.push(...read.diagnostics);
        continue;
      }
      hashed.push([`${format}/partials/${entry}`, read.text]);
      handlebars ??= loadHandlebars();
      const broken = syntaxProblem(read.text, handlebars);
      if (broken) {
        problem(file, broken.line, broken.column, 'template-syntax', broken.message);
        overrides[format].broken ??= { file, ...broken };
      }
      overrides[format].partials[name] = { file, source: read.text };
    }
  }
  const css = join(dir, 'html', 'style.css');
  if (existsSync(css)) {
    found++;
    const read = readSource(css);
    if (read.text === undefined) diagnostics.push(...read.diagnostics);
    else {
      hashed.push(['html/style.css', read.text]);
      // The CSS goes into the page's <style> element: a closing tag in it would end the style sheet and start markup.
      const end = /<\/style/i.exec(read.text);
      if (end) {
        const before = read.text.slice(0, end.index).split('\n');
        problem(css, before.length, before.at(-1)!.length + 1, 'template-syntax', msg('template.style-end'));
      } else overrides.html.css = { file: css, source: read.text };
    }
  }
  overrides.hash = sha256(JSON.stringify(hashed));
  return { overrides, diagnostics, found };
}
