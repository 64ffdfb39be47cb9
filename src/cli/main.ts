import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { langOf, LANGS, msg, text, type Lang } from '../messages/message.js';
import { privnoteVersion } from '../paths.js';
import { printable } from '../report/printable.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { renderCommand } from './commands/render.js';
import { watchCommand } from './commands/watch.js';
import { helpInLang } from './help.js';
import { EXIT, help, type Context, type Io } from './io.js';
import { usageMessage } from './usage-messages.js';

export { EXIT, type Io } from './io.js';

const usageText = (output: string, lang: Lang): string => {
  const message = usageMessage(output);
  return message ? `privnote: ${printable(text(message, lang))}\n` : output.split('\n').map(printable).join('\n');
};

/** Runs the CLI with explicit streams, so tests call it without spawning; returns the exit code. */
export async function main(io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = langOf(io.argv);
  const context: Context = { ...io, lang, fail: (code) => (exitCode = Math.max(exitCode, code)) };
  const program = new Command('privnote')
    // The help in the language of the run: commander's own titles and options too (its subcommands inherit them).
    .configureHelp(helpInLang(context))
    .helpOption('-h, --help', help(context, 'help.help'))
    .helpCommand(`help ${help(context, 'help.word.command')}`, help(context, 'help.help-command'))
    .description(help(context, 'help.program'))
    .version(privnoteVersion, '-V, --version', help(context, 'help.version'))
    .option('--debug', help(context, 'help.debug'))
    .addOption(new Option('--lang <lang>', help(context, 'help.lang')).choices(LANGS))
    // commander's usage errors in the run's language; what they quote (an unknown option) with control characters escaped.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(usageText(s, lang)) })
    .exitOverride()
    .addHelpText('after', help(context, 'help.examples'));
  for (const command of [buildCommand, checkCommand, diffCommand, renderCommand, watchCommand, initCommand, importCommand]) command(program, context);

  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const reason = error instanceof Error ? error.message : String(error);
    const message = error instanceof UsageError ? text(error.said, lang) : text(msg('cli.internal-error', { reason }), lang);
    io.stderr.write(io.argv.includes('--debug') && error instanceof Error ? `${error.stack}\n` : `privnote: ${printable(message)}\n`);
    return EXIT.usage;
  }
}
