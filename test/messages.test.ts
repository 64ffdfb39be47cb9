import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../src/messages/en.js';
import { langOf, msg, text, type MessageId } from '../src/messages/message.js';
import { nl } from '../src/messages/nl.js';

const SRC = join(import.meta.dirname, '..', 'src');
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesIn(join(dir, name)) : [join(dir, name)]));
const sources = filesIn(SRC)
  .filter((file) => file.endsWith('.ts') && !file.includes(`${join('src', 'messages')}`) && !file.includes(join('src', 'generated')))
  .map((file) => ({ file: relative(SRC, file), code: readFileSync(file, 'utf8') }));
const ids = Object.keys(nl) as MessageId[];

/**
 * Every parameter filled with a sample, so each message can be read whole; an optional hint (`; bedoelde je …?`) is
 * left empty, so the message's own next step is read.
 */
const OPTIONAL = ['hint', 'why'];
const sample = new Proxy({}, { get: (_, name) => (OPTIONAL.includes(String(name)) ? '' : `«${String(name)}»`) });
const dutch = (id: MessageId) => (nl[id] as (params: unknown) => string)(sample);

/**
 * Messages without a next step of their own, and why: they are parts of other messages (a reason, a kind of file, a
 * value) or report what a command did.
 */
const NO_NEXT_STEP: [RegExp, string][] = [
  [/^((fragment|kind|reason|value|token|type|found|lost|name|place|field|list|form|add|fix|types|format)\.|write\.(?!failed|cache)|draft\.open|cli\.range-)/, 'a part of another message'],
  [/^texts\.expect-|^theme\.(logo-too-large)$/, 'a part of another message'],
  [/^rule\.[a-z-]+\.(month|february|day|characters|length|start|check-digits|zero-after-32|mobile-length|landline-length|logic|significance|consequences|international|country|public-task|obligation|basis|category|categories|portability|objection|withdrawal)$/, 'the reason or subject inside a rule\'s finding'],
  [/^config\.replaced-data-sources$/, 'the replacement named inside config.replaced-rule'],
  [/^summary\.(rule-pages|problems|checked|checked-report|built|build-checked|out-of-date|missing|watch-built|serving|watching|wrote)$/, 'reports what a command did, not a problem'],
  [/^rules\.ignored$/, 'wraps a finding that has its own next step'],
  [/^import\./, 'says what import recognised, for the YAML comment and the summary, not a problem'],
  [/^help\./, 'the help says what a command or option does'],
  [/^input\.folder-unreadable$/, 'its reason says what is wrong with the folder'],
  [/^texts\.expected$|^theme\.(shape|unknown-setting|family)$|^config\.unknown-setting$|^config\.templates-path$|^theme\.logo-path$|^schema\.(min|max)-properties$|^yaml\.(notice|config)-fields$/, 'says what is expected, which is the fix'],
];
const exempt = (id: string) => NO_NEXT_STEP.some(([pattern]) => pattern.test(id));

/** Words that would be English in a Dutch message (and are not Dutch words as well). */
const ENGLISH = /\b(the|is not|not found|cannot|must|should|expected|found|file|directory|error|warning|missing|invalid|unknown|please|run|got|choose|allowed|wrote|built|failed|checked)\b/i;
const LIBRARIES = /\b(ajv|parseAllDocuments|parseDocument|commander|handlebars|puppeteer|node(\.js)?|YAML\.\w+\(|emitWarning|stack trace)\b/i;

describe('the messages catalogue', () => {
  test('English has exactly the Dutch ids', () => {
    expect(Object.keys(en).sort()).toEqual([...ids].sort());
  });

  test('every message id is used in src/, and every id used exists', () => {
    const used = new Set(sources.flatMap(({ code }) => [...code.matchAll(/msg\(\s*'([a-z0-9.-]+)'/g), ...code.matchAll(/'([a-z]+\.[a-z0-9.-]+)'\s*:\s*'([a-z0-9.-]+)'/g)].map((m) => m[1]!)));
    // Ids chosen by a condition (`msg(cond ? 'a' : 'b', …)`) and compared by name.
    for (const { code } of sources) for (const m of code.matchAll(/[?:(]\s*'([a-z]+\.[a-z0-9.-]+)'/g)) used.add(m[1]!);
    for (const { code } of sources) for (const m of code.matchAll(/help\(context, '([a-z0-9.-]+)'\)/g)) used.add(m[1]!);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
    expect([...used].filter((id) => /^[a-z]+\.[a-z]/.test(id) && id.split('.')[0]! in Object.fromEntries(ids.map((i) => [i.split('.')[0], 1])) && !(id in nl))).toEqual([]);
  });

  test.each(ids)('%s: Dutch, no library names, and a next step', (id) => {
    const message = dutch(id);
    expect(message).not.toMatch(LIBRARIES);
    expect(message.replace(/«[^»]*»|`[^`]*`|"[^"]*"|\([^)]*\)/g, '')).not.toMatch(ENGLISH);
    if (!exempt(id)) expect(message, 'a colon, semicolon or question after the problem, then what to do').toMatch(/[:;?] \S|\. [A-Z]/);
  });

  test('a message is printed in the language asked for, its parameters too', () => {
    const finding = msg('rule.kbo-number.found', { field: 'kbo', value: '0123', problem: msg('rule.kbo-number.start') });
    expect(text(finding)).toBe('ondernemingsnummer "0123" begint niet met 0 of 1: kijk het nummer na in de KBO');
    expect(text(finding, 'en')).toBe('enterprise number "0123" does not start with 0 or 1: check the number in the KBO (Crossroads Bank for Enterprises)');
  });

  test('--lang before or after the command, or PRIVNOTE_LANG; Dutch otherwise', () => {
    expect(langOf(['check', 'x.yaml', '--lang', 'en'], {})).toBe('en');
    expect(langOf(['--lang=en', 'check'], {})).toBe('en');
    expect(langOf(['check'], { PRIVNOTE_LANG: 'en' })).toBe('en');
    expect(langOf(['check', '--lang', 'nl'], { PRIVNOTE_LANG: 'en' })).toBe('nl');
    expect(langOf(['check'], {})).toBe('nl');
  });
});

describe('no message outside the catalogue', () => {
  /**
   * A diagnostic's message, a usage error or a line printed by the CLI, written as a literal. (What rules, the schema,
   * the model and the config report is typed `Message`, so the type checker holds those to the catalogue.)
   */
  const LITERAL = [
    /\bmessage: [`'"]/, // a diagnostic's message as a literal
    /[pP]roblem\([^()]*, [`'"][^`'"]* [^`'"]*[`'"]/, // a problem(…, 'text') helper given a sentence
    /new UsageError\([`'"]/,
    /\.write\(`(?!\$\{(say|printable|formatDiagnostics|error\.stack)|\\r|privnote: \$)[^`]*[a-z]{3,} [a-z]{3,}/, // a CLI line
    /\.write\('[a-z]+ [a-z]+/,
  ];
  const code = (source: string) => source.split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line)).join('\n');
  test('diagnostics, usage errors and CLI lines are built with msg()', () => {
    const offenders = sources.filter((source) => LITERAL.some((pattern) => pattern.test(code(source.code)))).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
