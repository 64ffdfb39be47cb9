import { extname } from 'node:path';
import type { Command } from 'commander';
import { check } from '../../check.js';
import { UsageError } from '../../errors.js';
import { completenessHtml, completenessMarkdown } from '../../report/completeness.js';
import { count } from '../../report/pretty.js';
import { writeAtomic } from '../../write/write.js';
import { help, report, reportOptions, say, type Context, type ReportOptions } from '../io.js';
import { msg } from '../../messages/message.js';

export function checkCommand(program: Command, context: Context): void {
  reportOptions(
    program
      .command('check')
      .description(help(context, 'help.check'))
      .argument('<inputs...>', help(context, 'help.inputs'))
      .option('--report <file>', help(context, 'help.check-report')),
    context,
  )
    .addHelpText('after', help(context, 'help.examples'))
    .action(async (inputs: string[], options: ReportOptions & { report?: string }) => {
      if (options.report && !['.html', '.md'].includes(extname(options.report))) {
        throw new UsageError(msg('cli.report-extension', { file: options.report }));
      }
      const result = await check(inputs, options);
      report(context, result, options);
      if (options.report) {
        // Protocols are not notices: art. 13/14 does not apply to them, so they would only add empty columns.
        const documents = result.completeness.filter((d) => d.items.some((i) => i.status !== 'n.v.t.'));
        const text = extname(options.report) === '.html' ? completenessHtml(documents) : completenessMarkdown(documents);
        try {
          writeAtomic(options.report, text);
        } catch (error) {
          throw new UsageError(msg('cli.report-not-written', { file: options.report, reason: (error as Error).message }));
        }
      }
      if ((options.reporter ?? 'pretty') === 'pretty' && count(result.diagnostics, 'error') === 0) {
        const files = result.files.length;
        context.stdout.write(`${say(context, options.report ? msg('summary.checked-report', { files, report: options.report }) : msg('summary.checked', { files }))}\n`);
      }
    });
}
