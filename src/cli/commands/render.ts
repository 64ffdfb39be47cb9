import { Option, type Command } from 'commander';
import { basename } from 'node:path';
import { CONFIG_NAME, configResolverOutsideTree } from '../../config/config.js';
import type { Diagnostic } from '../../diagnostics.js';
import { readSource } from '../../load/read.js';
import { msg } from '../../messages/message.js';
import { formatDiagnostics } from '../../report/pretty.js';
import { printable } from '../../report/printable.js';
import { ruleIds } from '../../rules/index.js';
import { EXIT, help, localized, say, type Context } from '../io.js';

/**
 * One notice on stdout, as git's textconv driver needs it: whatever the schema accepts is rendered (rule findings are
 * for `check`), without the trace line (privnote's version and the source's hash would change with every edit), and
 * nothing on stderr but one line when the notice cannot be rendered and shows as its YAML. privnote.config.yaml, which
 * the same `*.yaml` pattern hands it, is printed as it is.
 */
export function renderCommand(program: Command, context: Context): void {
  program
    .command('render')
    .description(help(context, 'help.render'))
    .argument('<file>', help(context, 'help.render-file'))
    .addOption(new Option('-f, --format <format>', help(context, 'help.render-format')).choices(['md', 'html']).default('md'))
    .option('-c, --config <file>', help(context, 'help.render-config'))
    .action(async (file: string, options: { format: 'md' | 'html'; config?: string }) => {
      const read = readSource(file);
      if (read.text === undefined) {
        context.stderr.write(formatDiagnostics(localized(context, read.diagnostics)));
        context.fail(EXIT.input);
        return;
      }
      // privnote's own config is no notice: under `*.yaml diff=privnote` git shows it as it is, without a word.
      if (basename(file) === CONFIG_NAME) {
        context.stdout.write(read.text);
        return;
      }
      const { config } = configResolverOutsideTree(options.config).forFile(file);
      const { compileDocument } = await import('../../compile.js');
      const { model, diagnostics } = compileDocument({ file, text: read.text }, { config, ruleErrorsBlock: false, trace: false });
      if (model) {
        const { loadRenders } = await import('../../process.js');
        const render = (await loadRenders([options.format])).get(options.format)!;
        try {
          context.stdout.write(render(model, { templates: config.templates }) as string);
          return;
        } catch (error) {
          const { renderFailure } = await import('../../process.js');
          diagnostics.push(renderFailure(file, options.format, error));
        }
      }
      // A textconv driver must always print something: a notice that does not compile shows as its YAML.
      context.stderr.write(`privnote: ${printable(shownAsYaml(context, file, diagnostics))}\n`);
      context.stdout.write(read.text);
    });
}

/**
 * The one line that says why a notice shows as YAML: the first error that stopped it (rule findings do not), and how
 * many errors there are (`privnote check` lists them all).
 */
function shownAsYaml(context: Context, file: string, diagnostics: Diagnostic[]): string {
  const errors = localized(context, diagnostics.filter((d) => d.severity === 'error'));
  const first = errors.find((d) => !ruleIds.includes(d.ruleId)) ?? errors[0]!;
  const where = first.line > 0 ? `${file}:${first.line}` : file;
  return say(context, msg('render.shown-as-yaml', { where, count: errors.length, first: first.message.split('\n')[0]! }));
}
