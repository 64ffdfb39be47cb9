import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { build, type BuildOptions } from '../../build.js';
import { printable } from '../../report/printable.js';
import { help, integerOption, parseFormats, reporter, reportOptions, say, type Context, EXIT, type ReportOptions } from '../io.js';
import { msg } from '../../messages/message.js';
import { parseShard } from '../../shard.js';

export interface OutputCliOptions extends ReportOptions {
  outDir: string;
  format: string;
  jobs?: string;
  review?: boolean;
}

/** What `build` and `watch` share: the inputs, and where and how the outputs are written. */
export const outputOptions = (command: Command, context: Context, formats: string) =>
  reportOptions(command, context)
    .argument('<inputs...>', help(context, 'help.inputs'))
    .option('-o, --out-dir <dir>', help(context, 'help.out-dir'), 'out')
    .option('-f, --format <list>', help(context, 'help.format'), formats)
    .option('-j, --jobs <n>', help(context, 'help.jobs'))
    .option('--review', help(context, 'help.review'));

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
    program.command('build').description(help(context, 'help.build')),
    context,
    'html,md,pdf',
  )
    .option('--check', help(context, 'help.build-check'))
    .option('--no-cache', help(context, 'help.no-cache'))
    .option('-q, --quiet', help(context, 'help.quiet'))
    .option('--final', help(context, 'help.final'))
    .option('--shard <part/count>', help(context, 'help.shard'))
    .addHelpText('after', help(context, 'help.examples'))
    .action(async (inputs: string[], options: OutputCliOptions & { check?: boolean; cache: boolean; quiet?: boolean; final?: boolean; shard?: string }) => {
      const { stdout, stderr } = context;
      const started = performance.now();
      const pretty = (options.reporter ?? 'pretty') === 'pretty';
      const showProgress = pretty && !options.quiet && Boolean(stderr.isTTY);
      const out = reporter(context, options);
      const result = await build(inputs, {
        ...buildOptions(options),
        cache: options.cache ? undefined : false,
        check: options.check,
        final: options.final,
        shard: options.shard === undefined ? undefined : parseShard(options.shard),
        onProgress: showProgress ? ({ done, total, file }) => stderr.write(`\r\u001b[2K[${done}/${total}] ${printable(file)}`) : undefined,
        onFindings: (found) => {
          if (showProgress) stderr.write('\r\u001b[2K'); // the findings above the progress line, which comes back with the next document
          out.findings(found);
        },
      });
      if (showProgress) stderr.write('\r\u001b[2K');
      out.end(result);
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
