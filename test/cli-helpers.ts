import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { Diagnostic, Severity } from '../src/diagnostics.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh folder under the system's temporary folder; every test makes its own. */
export const tempDir = (prefix = 'privnote-test-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Sets environment variables for the duration of `body` (undefined removes one), then restores them. */
export async function withEnv<T>(env: Record<string, string | undefined>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    return await body();
  } finally {
    apply(saved);
  }
}

export interface RunOptions {
  /** Environment variables set while the CLI runs (XDG_CACHE_HOME, PRIVNOTE_CHROMIUM, …). */
  env?: Record<string, string | undefined>;
  /** Pretend stderr is a terminal (code frames, progress). */
  tty?: boolean;
}

/**
 * Runs `privnote …argv` in this process through `main`, with streams that collect what is written: no process to
 * spawn, and an exception that escapes `main` fails the test instead of vanishing in a child's stderr.
 */
export async function runCli(argv: string[], { env = {}, tty = false }: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await withEnv(env, () =>
    main({
      argv,
      stdout: { write: (text: string) => (stdout += text), isTTY: tty },
      stderr: { write: (text: string) => (stderr += text), isTTY: tty },
    }),
  );
  return { code, stdout, stderr };
}

const BIN = join(import.meta.dirname, '..', 'bin', 'privnote.js');

export interface Spawned extends Run {
  signal: NodeJS.Signals | null;
}

export interface SpawnOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Another installation's bin/privnote.js. */
  bin?: string;
  /** Run as this user and group (when the tests run as root). */
  uid?: number;
  gid?: number;
  /** Killed (SIGKILL) after this long: a hang fails the test instead of blocking it. */
  timeout?: number;
  onStart?: (child: ChildProcess) => void;
  /** Sees stdout and stderr as they come. */
  onOutput?: (text: string) => void;
}

/**
 * Runs the real executable in a child process, for what only a process can show: signals, a FIFO that would block
 * this process if privnote opened it, a server, another installation, another user.
 */
export function spawnCli(argv: string[], { env = {}, cwd, bin = BIN, uid, gid, timeout, onStart, onOutput }: SpawnOptions = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd, uid, gid, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Spawned = { code: null, signal: null, stdout: '', stderr: '' };
    const timer = timeout === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeout);
    child.stdout!.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      onOutput?.(chunk.toString());
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      run.stderr += chunk.toString();
      onOutput?.(chunk.toString());
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ...run, code, signal });
    });
    onStart?.(child);
  });
}

/** Waits until `predicate` holds, polling; throws after `ms`. */
export async function until(predicate: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A diagnostic as the pretty reporter printed it (line and column 0 for a finding about the whole file). */
export type PrintedDiagnostic = Omit<Diagnostic, 'path'>;

const LINE = /^(.+?)(?::(\d+):(\d+))? {2}(error|warning|info) {2}(\S+) {2}(.*)$/;

/** Text without the colours of a terminal (SGR escape sequences). */
export const uncoloured = (text: string): string => text.replace(/\u001b\[\d*(?:;\d+)*m/g, '');

/** The diagnostics the pretty reporter printed (`file[:line:col]  severity  rule-id  message`), in order. */
export function printedDiagnostics(stderr: string): PrintedDiagnostic[] {
  return uncoloured(stderr).split('\n').flatMap((text) => {
    const match = LINE.exec(text);
    if (!match) return [];
    const [, file, line, column, severity, ruleId, message] = match;
    return [{ file: file!, line: Number(line ?? 0), column: Number(column ?? 0), severity: severity as Severity, ruleId: ruleId!, message: message! }];
  });
}

/** A stack trace in output: an internal failure leaked to the user. */
export const STACK_TRACE = /\n\s+at /;
/** Any control character but the line break: terminal escapes, NUL, a carriage return that rewrites a line. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
