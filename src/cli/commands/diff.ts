import { execFileSync } from 'node:child_process';
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { decode, readSource, type Read } from '../../load/read.js';
import { formatDiagnostics } from '../../report/pretty.js';
import { help, EXIT, localized, type Context } from '../io.js';
import { msg } from '../../messages/message.js';

/** The bytes of a file in an earlier git revision, relative to the working directory. */
function gitShow(rev: string, file: string): Buffer {
  // A "revision" such as --output=x would be an option to git.
  if (rev.startsWith('-')) throw new UsageError(msg('cli.since-dash', { rev }));
  try {
    return execFileSync('git', ['show', '--end-of-options', `${rev}:./${file}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const reason = String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0]!;
    throw new UsageError(msg('cli.git-show-failed', { rev, file, reason }));
  }
}

export function diffCommand(program: Command, context: Context): void {
  program
    .command('diff')
    .description(help(context, 'help.diff'))
    .argument('<old>', help(context, 'help.diff-old'))
    .argument('[new]', help(context, 'help.diff-new'))
    .option('--since <git-rev>', help(context, 'help.since'))
    .addOption(new Option('-r, --reporter <name>', help(context, 'help.diff-reporter')).choices(['text', 'markdown', 'json']).default('text'))
    .option('--changelog', help(context, 'help.changelog'))
    .addHelpText('after', help(context, 'help.diff-examples'))
    .action(async (oldFile: string, newFile: string | undefined, options: { since?: string; reporter: 'text' | 'markdown' | 'json'; changelog?: boolean }) => {
      const [beforeFile, afterFile] = options.since ? [oldFile, oldFile] : [oldFile, newFile];
      if (!afterFile) throw new UsageError(msg('cli.diff-needs-two'));
      const { compileDocument } = await import('../../compile.js');
      /** A version's document, or its problems reported and exit code 1. */
      const documentOf = (file: string, read: Read) => {
        const compiled = read.text === undefined ? read : compileDocument({ file, text: read.text }, { rules: false });
        if ('document' in compiled && compiled.document) return compiled.document;
        context.stderr.write(formatDiagnostics(localized(context, compiled.diagnostics)));
        context.fail(EXIT.input);
        return undefined;
      };
      const label = `${options.since}:${beforeFile}`;
      const before = documentOf(beforeFile, options.since ? decode(gitShow(options.since, beforeFile), label) : readSource(beforeFile));
      const after = documentOf(afterFile, readSource(afterFile));
      if (!before || !after) return;
      const { diffDocuments } = await import('../../diff/diff.js');
      const { changelogEntry, diffJson, diffMarkdown, diffText } = await import('../../diff/report.js');
      const changes = diffDocuments(before, after);
      if (options.changelog) context.stdout.write(changelogEntry(changes, after.version?.date ?? new Date().toISOString().slice(0, 10)));
      else context.stdout.write({ text: diffText, markdown: diffMarkdown, json: diffJson }[options.reporter](changes));
    });
}
