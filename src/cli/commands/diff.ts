import { execFileSync } from 'node:child_process';
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { decode, readSource, type Read } from '../../load/read.js';
import { formatDiagnostics } from '../../report/pretty.js';
import { EXIT, localized, type Context } from '../io.js';
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
    .description('what changed in the processing between two versions of a notice, in Dutch, by section')
    .argument('<old>', 'the earlier version (YAML), or with --since: the notice')
    .argument('[new]', 'the later version (YAML)')
    .option('--since <git-rev>', 'compare the notice with its version in this git revision')
    .addOption(new Option('-r, --reporter <name>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--changelog', 'propose an entry for `changes.log` (YAML) instead')
    .addHelpText('after', `
Examples:
  $ privnote diff oud.yaml nieuw.yaml
  $ privnote diff examples/ocmw-leuven.yaml --since HEAD~1 --reporter markdown`)
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
