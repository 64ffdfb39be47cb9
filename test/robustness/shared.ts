import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { installedCopy as copyOfPrivnote } from '../helpers.js';
import { printedDiagnostics, RAW_CONTROL, runCli, spawnCli, STACK_TRACE, tempDir, type PrintedDiagnostic, type Run } from '../cli-helpers.js';

/**
 * Hostile inputs and situations: whatever happens, privnote reports it as a diagnostic of the file it belongs to
 * (`file[:line:col]  error  rule-id  message`), never crashes, hangs, prints a stack trace or a raw control character,
 * and still builds the other documents of the run.
 */

export const MINIMAL = readFileSync('test/fixtures/minimal.yaml', 'utf8');
/** A valid notice with one warning (an unfilled placeholder). */
export const WITH_WARNING = MINIMAL.replace('10 jaar na het afsluiten van je dossier.', '10 jaar na [datum].');
export const isRoot = process.getuid?.() === 0;
export const timings: string[] = [];
/** The temporary folders of this file's tests (some hold tens of megabytes): removed at the end. */
export const folders: string[] = [];
export const ownTempDir = (prefix: string) => {
  const dir = tempDir(prefix);
  folders.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  // The timings asked for in the robustness report; vitest shows them with the test output.
  if (timings.length > 0) console.log(`robustness timings:\n  ${timings.join('\n  ')}`);
});

/** A test's own folder: inputs, outputs and the build cache (XDG_CACHE_HOME) all live in it. */
export function workspace(files: Record<string, string | Buffer> = {}) {
  const dir = ownTempDir('privnote-robust-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const out = join(dir, 'out');
  const env = { XDG_CACHE_HOME: join(dir, 'cache') };
  return {
    dir,
    out,
    env,
    path: (name: string) => join(dir, name),
    /** `privnote build …` in this process, HTML and Markdown into out/ unless told otherwise. */
    build: (args: string[], more: { env?: Record<string, string>; tty?: boolean } = {}) =>
      runCli(['build', ...args, ...(args.includes('-o') ? [] : ['-o', out]), ...(args.includes('-f') ? [] : ['-f', 'html,md'])], {
        env: { ...env, ...more.env },
        tty: more.tty,
      }),
    check: (args: string[], more: { env?: Record<string, string>; tty?: boolean } = {}) =>
      runCli(['check', ...args], { env: { ...env, ...more.env }, tty: more.tty }),
    built: (name: string) => existsSync(join(out, `${name}.html`)) && existsSync(join(out, `${name}.md`)),
  };
}

/** No stack trace, no raw control character, on either stream. */
export function expectClean(run: Run): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(RAW_CONTROL.exec(run.stderr)?.[0], 'raw control character on stderr').toBeUndefined();
  expect(RAW_CONTROL.exec(run.stdout)?.[0], 'raw control character on stdout').toBeUndefined();
}

/** The printed diagnostics of one file. */
export const of = (run: Run, file: string): PrintedDiagnostic[] => printedDiagnostics(run.stderr).filter((d) => d.file === file);

/** Exactly one diagnostic, with this rule, for this file (and where, when given). */
export function expectOnly(run: Run, file: string, ruleId: string, where?: { line: number; column: number }) {
  const found = of(run, file);
  expect(found.map((d) => d.ruleId)).toEqual([ruleId]);
  if (where) expect({ line: found[0]!.line, column: found[0]!.column }).toEqual(where);
  return found[0]!;
}

export const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
export const profilesIn = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('privnote-chromium-'));

/** A copy of privnote as installed, whose templates or compiled worker a test may break; removed at the end. */
export function installedCopy(): string {
  const root = copyOfPrivnote();
  folders.push(root);
  return root;
}

export const copyCli = (root: string, argv: string[], options: Parameters<typeof spawnCli>[1] = {}) => spawnCli(argv, { ...options, bin: join(root, 'bin', 'privnote.js') });
