import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { Result } from '../build.js';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { inLang, msg, text, type Lang, type Message, type MessageId } from '../messages/message.js';
import { FORMATS, type Format } from '../render/renderers.js';
import { githubReport } from '../report/github.js';
import { jsonReport } from '../report/json.js';
import { count, formatDiagnostics, summary } from '../report/pretty.js';
import { sarifReport } from '../report/sarif.js';

export interface Io {
  argv: string[];
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes, as eslint: 0 success (warnings allowed), 1 problems in the input, 2 wrong usage or an internal failure. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** What a command needs from the CLI: its streams, and a way to raise the exit code. */
export interface Context extends Io {
  fail(code: number): void;
  /** The language of diagnostics and messages (`--lang`, PRIVNOTE_LANG); the notice stays Dutch. */
  lang: Lang;
}

/** A message in the language of the run. */
export const say = (context: Context, message: Message): string => text(message, context.lang);

/** Diagnostics with their messages in the language of the run, for any reporter. */
export const localized = (context: Context, diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.map((d) => inLang(d, context.lang));

export const REPORTERS = ['pretty', 'json', 'github', 'sarif'] as const;
export type Reporter = (typeof REPORTERS)[number];

export interface ReportOptions {
  config?: string;
  reporter?: Reporter;
  maxWarnings?: string;
}

/** A line of the CLI's help, in the language of the run. */
export const help = (context: Context, id: Extract<MessageId, `help.${string}`>): string => text(msg(id), context.lang);

export function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  const wrong = formats.filter((f) => !FORMATS.includes(f as Format));
  if (wrong.length > 0 || formats.length === 0) {
    throw new UsageError(msg('cli.unknown-format', { value: wrong.join(',') || value, formats: FORMATS.join(', ') }));
  }
  return [...new Set(formats)] as Format[];
}

export function integerOption(name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? msg('cli.range-between', { min, max }) : msg('cli.range-from', { min });
    throw new UsageError(msg('cli.not-a-whole-number', { option: name, range, value }));
  }
  return n;
}

/** The options of every command that reads notices and reports on them. */
export const reportOptions = (command: Command, context: Context) =>
  command
    .option('-c, --config <file>', help(context, 'help.config'))
    .addOption(new Option('-r, --reporter <name>', help(context, 'help.reporter')).choices(REPORTERS))
    .option('--max-warnings <n>', help(context, 'help.max-warnings'));

/** Prints the diagnostics with the chosen reporter and raises the exit code: 1 for errors or too many warnings. */
export function report(context: Context, result: Result, options: ReportOptions): void {
  const { stdout, stderr } = context;
  const diagnostics = localized(context, result.diagnostics);
  const reporter = options.reporter ?? 'pretty';
  const maxWarnings = options.maxWarnings === undefined ? Infinity : integerOption('--max-warnings', options.maxWarnings, 0);
  if (reporter === 'json') stdout.write(jsonReport(result.files, diagnostics));
  else if (reporter === 'github') stdout.write(githubReport(diagnostics));
  else if (reporter === 'sarif') stdout.write(sarifReport(diagnostics, { cwd: process.cwd() }));
  else {
    const sources = new Map<string, string>();
    if (stderr.isTTY) {
      for (const file of new Set(diagnostics.filter((d) => d.line > 0).map((d) => d.file))) {
        try {
          sources.set(file, readFileSync(file, 'utf8'));
        } catch {
          // No code frame for a file that cannot be read (the diagnostic says why).
        }
      }
    }
    stderr.write(formatDiagnostics(diagnostics, { sources, color: Boolean(stderr.isTTY), cwd: process.cwd(), lang: context.lang }));
    if (diagnostics.length > 0) stderr.write(`${say(context, summary(diagnostics, result.files.length))}\n`);
  }
  const warnings = count(result.diagnostics, 'warning');
  if (count(result.diagnostics, 'error') > 0) context.fail(EXIT.input);
  else if (warnings > maxWarnings) {
    if (reporter === 'pretty') stderr.write(`${say(context, msg('summary.too-many-warnings', { warnings, max: maxWarnings }))}\n`);
    context.fail(EXIT.input);
  }
}
