import type { Command } from 'commander';
import { printable } from '../../report/printable.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { help, integerOption, report, say, type Context } from '../io.js';
import { buildOptions, outputOptions, type OutputCliOptions } from './build.js';

export function watchCommand(program: Command, context: Context): void {
  outputOptions(program.command('watch').description(help(context, 'help.watch')), context, 'html,md')
    .option('--serve [port]', help(context, 'help.serve'))
    .action(async (inputs: string[], options: OutputCliOptions & { serve?: string | true }) => {
      const { stdout, stderr } = context;
      const serve = options.serve === undefined ? undefined : options.serve === true ? 4321 : integerOption('--serve', options.serve, 0, 65535);
      const { watch } = await import('../../watch/watch.js');
      const stop = await watch(inputs, {
        build: buildOptions(options),
        serve,
        onBuild: (result) => {
          report({ ...context, fail: () => {} }, result, options); // a failed build does not end watching
          const built = result.files.length - result.cached.length - result.skipped.length;
          const time = new Date().toLocaleTimeString('nl-BE');
          stdout.write(`${say(context, msg('summary.watch-built', { time, built, cached: result.cached.length, failed: result.skipped.length }))}\n`);
        },
        onError: (error) => stderr.write(`privnote: ${printable(error instanceof UsageError ? say(context, error.said) : error.message)}\n`),
        onReady: (message) => stdout.write(`${printable(say(context, message))}\n`),
      });
      await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
      await stop();
    });
}
