import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { build, type BuildOptions } from '../../build.js';
import { printable } from '../../report/printable.js';
import { EXAMPLES, integerOption, parseFormats, report, reportOptions, say, type Context, EXIT, type ReportOptions } from '../io.js';
import { msg } from '../../messages/message.js';

export interface OutputCliOptions extends ReportOptions {
  outDir: string;
  format: string;
  jobs?: string;
  review?: boolean;
}

/** What `build` and `watch` share: the inputs, and where and how the outputs are written. */
export const outputOptions = (command: Command, formats: string) =>
  reportOptions(command)
    .argument('<inputs...>', 'YAML files, or directories (their *.yaml / *.yml files)')
    .option('-o, --out-dir <dir>', 'output directory', 'out')
    .option('-f, --format <list>', 'comma-separated formats: html, md, pdf', formats)
    .option('-j, --jobs <n>', 'PDF pages rendered in parallel (default: number of cores)')
    .option('--review', 'append the completeness table (AVG art. 13/14) to each notice, for review copies');

/** The library's build options from the command line's. */
export const buildOptions = (options: OutputCliOptions): BuildOptions => ({
  outDir: options.outDir,
  formats: parseFormats(options.format),
  jobs: options.jobs === undefined ? undefined : integerOption('--jobs', options.jobs, 1, 64),
  config: options.config,
  review: options.review,
});

export function buildCommand(program: Command, context: Context): void {
  outputOptions(
    program.command('build').description('validate, check and render notices; a file with errors writes nothing and keeps its earlier outputs'),
    'html,md,pdf',
  )
    .option('--check', 'write nothing; exit 1 listing every output that is missing or differs from the sources')
    .option('--no-cache', 'rebuild everything, even outputs that are current')
    .option('-q, --quiet', 'print only problems')
    .option('--final', 'refuse to build a draft (placeholders or no date left) instead of marking it ONTWERP')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: OutputCliOptions & { check?: boolean; cache: boolean; quiet?: boolean; final?: boolean }) => {
      const { stdout, stderr } = context;
      const started = performance.now();
      const pretty = (options.reporter ?? 'pretty') === 'pretty';
      const showProgress = pretty && !options.quiet && Boolean(stderr.isTTY);
      const result = await build(inputs, {
        ...buildOptions(options),
        cache: options.cache ? undefined : false,
        check: options.check,
        final: options.final,
        onProgress: showProgress ? ({ done, total, file }) => stderr.write(`\r\u001b[2K[${done}/${total}] ${printable(file)}`) : undefined,
      });
      if (showProgress) stderr.write('\r\u001b[2K');
      report(context, result, options);
      if (options.check) {
        // json and sarif own stdout: a line of text there would make the report unreadable.
        const listing = pretty ? stdout : stderr;
        for (const path of result.stale) listing.write(`${say(context, msg(existsSync(path) ? 'summary.out-of-date' : 'summary.missing', { path: printable(path) }))}\n`);
        if (result.stale.length > 0) {
          if (pretty) stderr.write(`${say(context, msg('summary.stale', { count: result.stale.length }))}\n`);
          context.fail(EXIT.input);
        }
      } else if (pretty && !options.quiet) {
        for (const path of result.written) stdout.write(`${say(context, msg('summary.wrote', { path: printable(path) }))}\n`);
      }
      if (pretty && !options.quiet) {
        const built = result.files.length - result.cached.length - result.skipped.length;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const failed = result.skipped.length;
        const done = options.check
          ? msg('summary.build-checked', { files: result.files.length, stale: result.stale.length, failed, seconds })
          : msg('summary.built', { built, cached: result.cached.length, failed, seconds });
        stdout.write(`${say(context, done)}\n`);
      }
    });
}
