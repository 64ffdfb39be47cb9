import { Option, type Command } from 'commander';
import { msg } from '../../messages/message.js';
import { say, type Context } from '../io.js';

export function initCommand(program: Command, context: Context): void {
  program
    .command('init')
    .description('start a new notice: every required field, Dutch comments, a config file and a CI workflow example')
    .argument('[file]', 'the notice to create (default privacyverklaring.yaml, or protocol.yaml)')
    .addOption(new Option('--kind <kind>', 'kind of document').choices(['statement', 'protocol']).default('statement'))
    .addOption(new Option('--org <org>', 'kind of organisation').choices(['public', 'nonprofit', 'company']).default('public'))
    .option('--force', 'overwrite files that exist')
    .action(async (file: string | undefined, options: { kind: 'statement' | 'protocol'; org: 'public' | 'nonprofit' | 'company'; force?: boolean }) => {
      const { init } = await import('../../init/init.js');
      for (const path of await init({ ...options, file })) context.stdout.write(`wrote ${path}\n`);
      context.stdout.write(`${say(context, msg('summary.init-next'))}\n`);
    });
}
