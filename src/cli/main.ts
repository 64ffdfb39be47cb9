import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { build, check, FORMATS, type Format, type Result } from '../index.js';
import { UsageError } from '../inputs.js';
import { packageRoot } from '../paths.js';
import { formatDiagnostics, summary } from './report.js';

export interface Io {
  argv: string[];
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes: 0 success (warnings allowed), 1 a problem in the input, 2 wrong usage or an internal failure. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

const EXAMPLES = `
Examples:
  $ privnote build examples                       all examples to out/*.html, *.md, *.pdf
  $ privnote build notice.yaml -f html,md -o site  HTML and Markdown only, into site/
  $ privnote check examples/ocmw-leuven.yaml       validate, write nothing`;

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  const wrong = formats.filter((f) => !FORMATS.includes(f as Format));
  if (wrong.length > 0 || formats.length === 0) {
    throw new UsageError(`unknown format "${wrong.join(',') || value}": choose from ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as Format[];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, got "${value}"`);
  return jobs;
}

/** Runs the CLI with explicit streams, so tests call it without spawning; returns the exit code. */
export async function main({ argv, stdout, stderr }: Io): Promise<number> {
  const { version } = JSON.parse(await readFile(`${packageRoot}/package.json`, 'utf8')) as { version: string };
  let exitCode: number = EXIT.ok;
  const report = async (result: Result) => {
    const sources = new Map<string, string>();
    if (stderr.isTTY) {
      for (const file of new Set(result.diagnostics.map((d: Diagnostic) => d.file))) {
        sources.set(file, await readFile(file, 'utf8'));
      }
    }
    stderr.write(formatDiagnostics(result.diagnostics, { sources, color: Boolean(stderr.isTTY) }));
    if (result.diagnostics.length > 0) stderr.write(summary(result.diagnostics, result.files.length));
    if (hasErrors(result.diagnostics)) exitCode = EXIT.input;
  };

  const program = new Command('privnote')
    .description('Compile YAML descriptions of personal-data processing into Dutch privacy notices (HTML, Markdown, PDF).')
    .version(version, '-V, --version')
    .option('--debug', 'show stack traces of internal failures')
    .configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  program
    .command('build')
    .description('validate and render notices; a file with errors writes nothing and keeps its earlier outputs')
    .argument('<inputs...>', 'YAML files, or directories (their *.yaml / *.yml files)')
    .option('-o, --out-dir <dir>', 'output directory', 'out')
    .addOption(new Option('-f, --format <list>', 'comma-separated formats: html, md, pdf').default('html,md,pdf'))
    .option('-j, --jobs <n>', 'PDF pages rendered in parallel', '2')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: { outDir: string; format: string; jobs: string }) => {
      const result = await build(inputs, {
        outDir: options.outDir,
        formats: parseFormats(options.format),
        jobs: parseJobs(options.jobs),
      });
      await report(result);
      for (const path of result.written) stdout.write(`wrote ${path}\n`);
    });

  program
    .command('check')
    .description('validate notices and report every problem; writes nothing')
    .argument('<inputs...>', 'YAML files, or directories (their *.yaml / *.yml files)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[]) => {
      const result = await check(inputs);
      await report(result);
      if (!hasErrors(result.diagnostics)) stdout.write(`${result.files.length} file(s) OK\n`);
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
