import { Help, type HelpConfiguration, type Option } from 'commander';
import { help, type Context } from './io.js';

/**
 * commander's help in the language of the run: its titles ("Usage:", "Options:"), the words of its usage line
 * ("[options]") and what it adds to an option ("(choices: …)", "(default: …)"). Subcommands inherit it.
 */
export function helpInLang(context: Context): HelpConfiguration {
  const titles: Record<string, string> = {
    'Usage:': help(context, 'help.title.usage'),
    'Options:': help(context, 'help.title.options'),
    'Commands:': help(context, 'help.title.commands'),
    'Arguments:': help(context, 'help.title.arguments'),
    'Global Options:': help(context, 'help.title.global-options'),
  };
  const words = (usage: string) => usage.replace('[options]', help(context, 'help.word.options')).replace('[command]', help(context, 'help.word.command'));
  const choices = help(context, 'help.word.choices');
  const standard = help(context, 'help.word.default');
  return {
    styleTitle: (title) => titles[title] ?? title,
    styleUsage: words,
    subcommandTerm: (command) => words(new Help().subcommandTerm(command)),
    optionDescription: (option: Option) => {
      const extra = [
        option.argChoices && `${choices} ${option.argChoices.map((choice) => `"${choice}"`).join(', ')}`,
        option.defaultValue !== undefined && !option.negate && `${standard} ${JSON.stringify(option.defaultValue)}`,
      ].filter(Boolean);
      return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
    },
  };
}
