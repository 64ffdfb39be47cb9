import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { Result } from '../build.js';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { inLang, msg, text, type Lang, type Message, type MessageId } from '../messages/message.js';
import { FORMATS, type Format } from '../render/renderers.js';
import { githubReport } from '../report/github.js';
import { jsonReport } from '../report/json.js';
import { formatDiagnostics, formatRulePages, summary } from '../report/pretty.js';
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
  reporter(context, options).end(result);
}

/**
 * The report of a run, written as it goes where the format allows: `pretty` and `github` print the findings handed to
 * `findings` at once (a batch of any size reports in constant memory), `json` and `sarif`, one document each, at the
 * end. `end` prints what the result still holds, the rule pages and the totals, and raises the exit code: 1 for errors
 * or too many warnings.
 */
export function reporter(context: Context, options: ReportOptions) {
  const { stdout, stderr } = context;
  const kind = options.reporter ?? 'pretty';
  const maxWarnings = options.maxWarnings === undefined ? Infinity : integerOption('--max-warnings', options.maxWarnings, 0);
  const totals = { error: 0, warning: 0, info: 0 };
  const kept: Diagnostic[] = [];
  const firstOfRule = new Map<string, Diagnostic>();
  const pretty = { color: Boolean(stderr.isTTY), cwd: process.cwd(), lang: context.lang };

  const findings = (found: readonly Diagnostic[]): void => {
    for (const d of found) totals[d.severity]++;
    const diagnostics = localized(context, found);
    if (kind === 'json' || kind === 'sarif') kept.push(...diagnostics);
    else if (kind === 'github') stdout.write(githubReport(diagnostics));
    else {
      for (const d of diagnostics) if (!firstOfRule.has(d.ruleId)) firstOfRule.set(d.ruleId, d);
      stderr.write(formatDiagnostics(diagnostics, { ...pretty, sources: stderr.isTTY ? sourcesOf(diagnostics) : undefined, footer: false }));
    }
  };

  const end = (result: Result): void => {
    findings(result.diagnostics);
    if (kind === 'json') stdout.write(jsonReport(result.files, kept));
    else if (kind === 'sarif') stdout.write(sarifReport(kept, { cwd: process.cwd() }));
    else if (kind === 'pretty') {
      stderr.write(formatRulePages([...firstOfRule.values()], pretty));
      if (totals.error + totals.warning + totals.info > 0) stderr.write(`${say(context, summary(totals, result.files.length))}\n`);
    }
    if (totals.error > 0) context.fail(EXIT.input);
    else if (totals.warning > maxWarnings) {
      if (kind === 'pretty') stderr.write(`${say(context, msg('summary.too-many-warnings', { warnings: totals.warning, max: maxWarnings }))}\n`);
      context.fail(EXIT.input);
    }
  };
  return { findings, end };
}

/** The sources of the files the findings are in, for code frames; a file that cannot be read gets none (a finding says why). */
function sourcesOf(diagnostics: readonly Diagnostic[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of new Set(diagnostics.filter((d) => d.line > 0).map((d) => d.file))) {
    try {
      sources.set(file, readFileSync(file, 'utf8'));
    } catch {
      // No code frame for a file that cannot be read.
    }
  }
  return sources;
}
