import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { check } from '../../check.js';
import { UsageError } from '../../errors.js';
import type { Imported } from '../../import/import.js';
import { msg, type Message } from '../../messages/message.js';
import { writeAtomic } from '../../write/write.js';
import { help, report, say, type Context } from '../io.js';

interface ImportOptions {
  output?: string;
  force?: boolean;
  report?: string;
}

export function importCommand(program: Command, context: Context): void {
  program
    .command('import')
    .description(help(context, 'help.import'))
    .argument('<file>', help(context, 'help.import-file'))
    .option('-o, --output <file>', help(context, 'help.import-output'))
    .option('--force', help(context, 'help.force'))
    .option('--report <file>', help(context, 'help.import-report'))
    .action(async (file: string, options: ImportOptions) => {
      const output = options.output ?? join(dirname(file), `${basename(file, extname(file))}.yaml`);
      if (existsSync(output) && !options.force) throw new UsageError(msg('import.exists', { file: output }));
      const { importFile } = await import('../../import/import.js');
      const imported = await importFile(file);
      written(output, imported.yaml);
      for (const line of summaryOf(output, imported)) context.stdout.write(`${say(context, line)}\n`);
      if (options.report) {
        const { reviewPage } = await import('../../import/review.js');
        written(options.report, reviewPage(output, imported));
        context.stdout.write(`${say(context, msg('import.report-written', { file: options.report }))}\n`);
      }
      report(context, await check([output]), {});
    });
}

function written(file: string, text: string): void {
  try {
    writeAtomic(file, text);
  } catch (error) {
    throw new UsageError(msg('import.not-written', { file, reason: (error as Error).message }));
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** What import did: the file written, each fact recognised (and each left out), the sections, the free text per section. */
function summaryOf(output: string, { recognised, dropped, free, sections }: Imported): Message[] {
  const none = msg('fragment.import-none');
  const names = (own: boolean) => sections.filter((s) => s.own === own).map((s) => s.key).join(', ');
  return [
    msg('import.wrote', { file: output, recognised: recognised.length, free: free.reduce((n, f) => n + f.count, 0) }),
    ...recognised.map((r) => msg('fragment.import-recognised', { line: r.line, what: oneLine(r.what) })),
    ...dropped.map((r) => msg('fragment.import-dropped', { line: r.line, what: oneLine(r.what) })),
    msg('fragment.import-sections', { standard: names(false) || none, own: names(true) || none }),
    ...free.map((f) => msg('fragment.import-free', { section: f.section, count: f.count })),
  ];
}
