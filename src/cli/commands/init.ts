import { Option, type Command } from 'commander';
import { msg } from '../../messages/message.js';
import { help, say, type Context } from '../io.js';

export function initCommand(program: Command, context: Context): void {
  program
    .command('init')
    .description(help(context, 'help.init'))
    .argument('[file]', help(context, 'help.init-file'))
    .addOption(new Option('--kind <kind>', help(context, 'help.init-kind')).choices(['statement', 'protocol']).default('statement'))
    .addOption(new Option('--org <org>', help(context, 'help.init-org')).choices(['public', 'nonprofit', 'company']).default('public'))
    .option('--force', help(context, 'help.force'))
    .action(async (file: string | undefined, options: { kind: 'statement' | 'protocol'; org: 'public' | 'nonprofit' | 'company'; force?: boolean }) => {
      const { init } = await import('../../init/init.js');
      for (const path of await init({ ...options, file })) context.stdout.write(`${say(context, msg('summary.wrote', { path }))}\n`);
      context.stdout.write(`${say(context, msg('summary.init-next'))}\n`);
    });
}
