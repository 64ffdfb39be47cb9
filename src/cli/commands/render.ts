import { Option, type Command } from 'commander';
import { configResolver } from '../../config/config.js';
import { readSource } from '../../load/read.js';
import { formatDiagnostics } from '../../report/pretty.js';
import { EXIT, help, localized, type Context } from '../io.js';

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
      const { config } = configResolver(options.config).forFile(file);
      const { compileDocument } = await import('../../compile.js');
      const { model, diagnostics } = compileDocument({ file, text: read.text }, { config });
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
      context.stderr.write(formatDiagnostics(localized(context, diagnostics)));
      context.stdout.write(read.text);
    });
}
