import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { configFor } from '../config/config.js';
import { build, check, FORMATS, type BuildOptions, type Format, type Result } from '../index.js';
import { UsageError } from '../inputs.js';
import { privnoteVersion } from '../paths.js';
import { completenessHtml, completenessMarkdown } from '../report/completeness.js';
import { githubReport } from '../report/github.js';
import { jsonReport } from '../report/json.js';
import { count, formatDiagnostics, summary } from '../report/pretty.js';
import { writeAtomic } from '../write/write.js';

export interface Io {
  argv: string[];
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes, as eslint: 0 success (warnings allowed), 1 problems in the input, 2 wrong usage or an internal failure. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

const REPORTERS = ['pretty', 'json', 'github'] as const;
type Reporter = (typeof REPORTERS)[number];

interface CommonOptions {
  config?: string;
  reporter?: Reporter;
  maxWarnings?: string;
}

interface BuildCliOptions extends CommonOptions {
  outDir: string;
  format: string;
  jobs?: string;
  review?: boolean;
  check?: boolean;
  cache: boolean;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  $ privnote build examples                        all examples to out/*.html, *.md, *.pdf
  $ privnote build notice.yaml -f html,md -o site   HTML and Markdown only, into site/
  $ privnote check examples --report volledigheid.html
  $ privnote check . --reporter github --max-warnings 0`;

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  const wrong = formats.filter((f) => !FORMATS.includes(f as Format));
  if (wrong.length > 0 || formats.length === 0) {
    throw new UsageError(`unknown format "${wrong.join(',') || value}": choose from ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as Format[];
}

function positiveInteger(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** What `build` and `watch` share: the inputs and where and how the outputs are written. */
const outputOptions = (command: Command, formats: string) =>
  command
    .argument('<inputs...>', 'YAML files, or directories (their *.yaml / *.yml files)')
    .option('-o, --out-dir <dir>', 'output directory', 'out')
    .option('-f, --format <list>', 'comma-separated formats: html, md, pdf', formats)
    .option('-j, --jobs <n>', 'PDF pages rendered in parallel (default: number of cores)')
    .option('--review', 'append the completeness table (AVG art. 13/14) to each notice, for review copies');

const commonOptions = (command: Command) =>
  command
    .option('-c, --config <file>', 'privnote.config.yaml to use (default: the nearest one above each input)')
    .addOption(new Option('-r, --reporter <name>', 'how problems are reported').choices(REPORTERS))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this');

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => {
    throw new UsageError(`input not found: ${file}`);
  });
}

/** The text of a file in an earlier git revision, relative to the working directory. */
function gitShow(rev: string, file: string): string {
  // `--since=--output=x` would be an option to git, which then writes a file: a revision is never an option
  if (rev.startsWith('-')) throw new UsageError('--since: a revision cannot start with "-"');
  try {
    return execFileSync('git', ['show', '--end-of-options', `${rev}:./${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const reason = String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0];
    throw new UsageError(`git show ${rev}:./${file} failed: ${reason}`);
  }
}

/** The library's build options from the command line's. */
const buildOptions = (options: BuildCliOptions): BuildOptions => ({
  outDir: options.outDir,
  formats: parseFormats(options.format),
  jobs: options.jobs === undefined ? undefined : positiveInteger('--jobs', options.jobs, 1),
  config: options.config,
  review: options.review,
  cache: options.cache ? undefined : false,
});

/** Runs the CLI with explicit streams, so tests call it without spawning; returns the exit code. */
export async function main({ argv, stdout, stderr }: Io): Promise<number> {
  let exitCode: number = EXIT.ok;

  /** Prints the diagnostics with the chosen reporter and decides the exit code. */
  const report = async (result: Result, options: CommonOptions) => {
    const reporter = options.reporter ?? 'pretty';
    const maxWarnings = options.maxWarnings === undefined ? Infinity : positiveInteger('--max-warnings', options.maxWarnings, 0);
    if (reporter === 'json') stdout.write(jsonReport(result.files, result.diagnostics));
    else if (reporter === 'github') stdout.write(githubReport(result.diagnostics));
    else {
      const sources = new Map<string, string>();
      if (stderr.isTTY) {
        for (const file of new Set(result.diagnostics.map((d) => d.file))) sources.set(file, await readFile(file, 'utf8'));
      }
      stderr.write(formatDiagnostics(result.diagnostics, { sources, color: Boolean(stderr.isTTY) }));
      if (result.diagnostics.length > 0) stderr.write(summary(result.diagnostics, result.files.length));
    }
    const warnings = count(result.diagnostics, 'warning');
    if (count(result.diagnostics, 'error') > 0) exitCode = EXIT.input;
    else if (warnings > maxWarnings) {
      if (reporter === 'pretty') stderr.write(`too many warnings: ${warnings} (--max-warnings ${maxWarnings})\n`);
      exitCode = EXIT.input;
    }
  };

  const program = new Command('privnote')
    .description('Compile YAML descriptions of personal-data processing into Dutch privacy notices (HTML, Markdown, PDF).')
    .version(privnoteVersion, '-V, --version')
    .option('--debug', 'show stack traces of internal failures')
    .configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  commonOptions(
    outputOptions(
      program
        .command('build')
        .description('validate, check and render notices; a file with errors writes nothing and keeps its earlier outputs'),
      'html,md,pdf',
    )
      .option('--check', 'write nothing; exit 1 listing every output that is missing or differs from the sources')
      .option('--no-cache', 'rebuild everything, even outputs that are current')
      .option('-q, --quiet', 'print only problems'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: BuildCliOptions) => {
      const started = performance.now();
      const pretty = (options.reporter ?? 'pretty') === 'pretty';
      const showProgress = pretty && !options.quiet && Boolean(stderr.isTTY);
      const result = await build(inputs, {
        ...buildOptions(options),
        check: options.check,
        onProgress: showProgress
          ? ({ done, total, file }) => stderr.write(`\r\u001b[2K[${done}/${total}] ${file}`)
          : undefined,
      });
      if (showProgress) stderr.write('\r\u001b[2K');
      await report(result, options);
      if (options.check) {
        for (const path of result.stale) stdout.write(`${existsSync(path) ? 'out of date' : 'missing'}: ${path}\n`);
        if (result.stale.length > 0) {
          if (pretty) stderr.write(`${result.stale.length} output(s) do not match their sources: run privnote build\n`);
          exitCode = Math.max(exitCode, EXIT.input);
        }
      } else if (pretty && !options.quiet) {
        for (const path of result.written) stdout.write(`wrote ${path}\n`);
      }
      if (pretty && !options.quiet) {
        const built = result.files.length - result.cached.length - result.skipped.length;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        stdout.write(
          options.check
            ? `${result.files.length} checked, ${result.stale.length} output(s) stale, ${result.skipped.length} failed in ${seconds} s\n`
            : `${built} built, ${result.cached.length} current (cached), ${result.skipped.length} failed in ${seconds} s\n`,
        );
      }
    });

  commonOptions(
    program
      .command('check')
      .description('validate notices and check them against the rules (AVG art. 13/14 and more); writes nothing else')
      .argument('<inputs...>', 'YAML files, or directories (their *.yaml / *.yml files)')
      .option('--report <file>', 'write the completeness table (.html or .md) for legal review'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: CommonOptions & { report?: string }) => {
      if (options.report && !['.html', '.md'].includes(extname(options.report))) {
        throw new UsageError(`--report must end in .html or .md, got "${options.report}"`);
      }
      const result = await check(inputs, options);
      await report(result, options);
      if (options.report) {
        // Protocols are not notices: art. 13/14 does not apply to them, so they would only add empty columns.
        const documents = result.completeness.filter((d) => d.items.some((i) => i.status !== 'n.v.t.'));
        const text = extname(options.report) === '.html' ? completenessHtml(documents) : completenessMarkdown(documents);
        await writeAtomic(options.report, text);
      }
      if ((options.reporter ?? 'pretty') === 'pretty' && count(result.diagnostics, 'error') === 0) {
        stdout.write(`${result.files.length} file(s) checked${options.report ? `, report in ${options.report}` : ''}\n`);
      }
    });

  /** A YAML file's document, or its problems reported and exit code 1. */
  const readValid = async (text: string, file: string) => {
    const { readDocument } = await import('../compile.js');
    const { document, diagnostics } = readDocument(text, file);
    if (!document) {
      stderr.write(formatDiagnostics(diagnostics));
      exitCode = EXIT.input;
    }
    return document;
  };

  program
    .command('diff')
    .description('what changed in the processing between two versions of a notice, in Dutch, by section')
    .argument('<old>', 'the earlier version (YAML), or with --since: the notice')
    .argument('[new]', 'the later version (YAML)')
    .option('--since <git-rev>', 'compare the notice with its version in this git revision')
    .addOption(new Option('-r, --reporter <name>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--changelog', 'propose an entry for `changes.log` (YAML) instead')
    .addHelpText('after', `
Examples:
  $ privnote diff oud.yaml nieuw.yaml
  $ privnote diff examples/ocmw-leuven.yaml --since HEAD~1 --reporter markdown`)
    .action(async (oldFile: string, newFile: string | undefined, options: { since?: string; reporter: string; changelog?: boolean }) => {
      const [beforeFile, afterFile] = options.since ? [oldFile, oldFile] : [oldFile, newFile];
      if (!afterFile) throw new UsageError('give two files, or one file and --since <git-rev>');
      const beforeText = options.since ? gitShow(options.since, beforeFile) : await readText(beforeFile);
      const before = await readValid(beforeText, options.since ? `${options.since}:${beforeFile}` : beforeFile);
      const after = await readValid(await readText(afterFile), afterFile);
      if (!before || !after) return;
      const { diffDocuments } = await import('../diff/diff.js');
      const { changelogEntry, diffJson, diffMarkdown, diffText } = await import('../diff/report.js');
      const changes = diffDocuments(before, after);
      if (options.changelog) stdout.write(changelogEntry(changes, after.version?.date ?? new Date().toISOString().slice(0, 10)));
      else stdout.write({ text: diffText, markdown: diffMarkdown, json: diffJson }[options.reporter as 'text'](changes));
    });

  program
    .command('render')
    .description('print one notice as Markdown or HTML on stdout, e.g. as a git textconv driver')
    .argument('<file>', 'a YAML notice')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html']).default('md'))
    .option('-c, --config <file>', 'privnote.config.yaml to use (default: the nearest one above the file)')
    .action(async (file: string, options: { format: 'md' | 'html'; config?: string }) => {
      const text = await readText(file);
      if (options.config && !existsSync(options.config)) throw new UsageError(`config file not found: ${options.config}`);
      const { config } = configFor(file, options.config);
      const { compileText } = await import('../compile.js');
      const { model, diagnostics } = compileText(text, file, config);
      if (model) {
        const render = options.format === 'md' ? (await import('../render/markdown.js')).renderMarkdown : (await import('../render/html.js')).renderHtml;
        stdout.write(render(model));
        return;
      }
      // A textconv driver must always print something: a notice that does not compile shows as its YAML.
      stderr.write(formatDiagnostics(diagnostics));
      stdout.write(text);
    });

  outputOptions(
    program.command('watch').description('build, then rebuild what a saved notice, config or template affects; optionally serve the HTML'),
    'html,md',
  )
    .option('-c, --config <file>', 'privnote.config.yaml to use (default: the nearest one above each input)')
    .option('--serve [port]', 'serve the output folder on 127.0.0.1 and reload the page after each build')
    .action(async (inputs: string[], options: BuildCliOptions & { serve?: string | true }) => {
      const serve = options.serve === undefined ? undefined : options.serve === true ? 4321 : positiveInteger('--serve', options.serve, 0);
      const { watch } = await import('./watch.js');
      const stop = await watch(inputs, {
        build: { ...buildOptions({ ...options, cache: true }) },
        serve,
        onBuild: async (result) => {
          await report(result, options);
          const built = result.files.length - result.cached.length - result.skipped.length;
          stdout.write(`${new Date().toLocaleTimeString('nl-BE')}: ${built} built, ${result.cached.length} current, ${result.skipped.length} failed\n`);
        },
        onReady: (message) => stdout.write(`${message}\n`),
      });
      await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
      await stop();
    });

  program
    .command('init')
    .description('start a new notice: every required field, Dutch comments, a config file and a CI workflow example')
    .argument('[file]', 'the notice to create (default privacyverklaring.yaml, or protocol.yaml)')
    .addOption(new Option('--kind <kind>', 'kind of document').choices(['statement', 'protocol']).default('statement'))
    .addOption(new Option('--org <org>', 'kind of organisation').choices(['public', 'nonprofit', 'company']).default('public'))
    .option('--force', 'overwrite files that exist')
    .action(async (file: string | undefined, options: { kind: 'statement' | 'protocol'; org: 'public' | 'nonprofit' | 'company'; force?: boolean }) => {
      const { init } = await import('../init/init.js');
      for (const path of await init({ ...options, file })) stdout.write(`wrote ${path}\n`);
      stdout.write('next: fill in what is between [brackets], then run privnote check\n');
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof UsageError ? '' : 'internal error: ';
    stderr.write(debug && error instanceof Error ? `${error.stack}\n` : `privnote: ${kind}${message}\n`);
    return EXIT.usage;
  }
}
