import type { ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants, existsSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import type { Browser } from 'puppeteer';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/message.js';

/** Raised when no Chromium can be found: a setup problem (exit 2), and the message says how to solve it. */
export class BrowserNotFoundError extends UsageError {}

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags for a headless Chromium that never reaches the network and starts fast. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-extensions',
  '--font-render-hinting=none',
];

const isExecutable = (path: string) => {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

/**
 * The system Chromium: PRIVNOTE_CHROMIUM or PUPPETEER_EXECUTABLE_PATH, then chromium, chromium-browser or
 * google-chrome on PATH, then a browser puppeteer downloaded itself, where one exists.
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  for (const variable of ['PRIVNOTE_CHROMIUM', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = env[variable];
    if (!value) continue;
    if (isExecutable(value)) return value;
    throw new BrowserNotFoundError(msg('cli.chromium-not-executable', { variable, value }));
  }
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  try {
    const { executablePath } = await import('puppeteer');
    const downloaded = executablePath();
    if (downloaded && existsSync(downloaded)) return downloaded;
  } catch {
    // No download configured: fall through to the explanation below.
  }
  throw new BrowserNotFoundError(
    msg('cli.no-chromium'),
  );
}

/**
 * Browsers still open (or starting), by their throw-away profile folder. However privnote ends — normally, on an
 * error, on Ctrl-C (SIGINT), SIGTERM or SIGHUP — their processes are killed and their profiles removed. While one is
 * open, privnote handles those signals itself (puppeteer's own handlers would leave the profile, or not end privnote).
 */
const open = new Map<string, { child?: ChildProcess; started: Promise<ChildProcess | undefined> }>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Kills a browser with its renderers (puppeteer starts it as the leader of its own process group). */
function kill(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Removes a profile, and the folder with the socket Chromium keeps beside it in the temporary folder
 * (`org.chromium.Chromium.*`, which Chromium removes only when it closes normally).
 */
function forget(profile: string): void {
  try {
    const socket = readlinkSync(join(profile, 'SingletonSocket'));
    if (basename(dirname(socket)).startsWith('org.chromium.Chromium.')) rmSync(dirname(socket), { recursive: true, force: true });
  } catch {
    // No socket (Chromium did not get that far): nothing to remove.
  }
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Nothing more can be done for it; privnote does not fail on its way out over a temporary folder.
  }
  open.delete(profile);
  if (open.size === 0) {
    process.off('exit', onExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

/** At exit only synchronous work can be done: kill, then remove. */
function onExit(): void {
  for (const [profile, { child }] of open) {
    kill(child);
    forget(profile);
  }
}

const sleep = (ms: number) => new Promise<undefined>((done) => setTimeout(() => done(undefined), ms));

/**
 * A signal ends privnote as it would have without a handler (exit 128 + its number), once the browsers are gone: one
 * still starting is waited for (its process is not known before), then killed; its profile is removed after it died,
 * so that it cannot write into it again.
 */
async function onSignal(signal: NodeJS.Signals): Promise<void> {
  await Promise.all(
    [...open].map(async ([profile, { started }]) => {
      const child = await Promise.race([started, sleep(10_000)]);
      const exited = child && child.exitCode === null && child.signalCode === null ? new Promise((done) => child.once('exit', done)) : undefined;
      kill(child);
      await Promise.race([exited, sleep(2000)]);
      forget(profile);
    }),
  );
  process.exit(128 + (constants.signals[signal] ?? 1));
}

/** Starts one headless browser for the whole build, with a throw-away profile that never outlives it. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const executablePath = await resolveChromium();
  const { launch } = await import('puppeteer');
  const userDataDir = mkdtempSync(join(tmpdir(), 'privnote-chromium-'));
  let started!: (child?: ChildProcess) => void;
  const entry: { child?: ChildProcess; started: Promise<ChildProcess | undefined> } = { started: new Promise((done) => (started = done)) };
  if (open.size === 0) {
    process.on('exit', onExit);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  open.set(userDataDir, entry);
  let browser: Browser;
  try {
    browser = await launch({
      executablePath, headless: true, args: FLAGS, userDataDir, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
  } catch (error) {
    started();
    forget(userDataDir);
    throw new UsageError(msg('cli.chromium-did-not-start', { path: executablePath, reason: firstLine(error) ?? '' }));
  }
  entry.child = browser.process() ?? undefined;
  started(entry.child);
  return {
    browser,
    close: async () => {
      // A browser that does not close in time (it hangs) is killed: closing never keeps privnote waiting.
      let timer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        browser.close().then(() => true, () => false),
        new Promise<false>((done) => (timer = setTimeout(() => done(false), 5000))),
      ]);
      clearTimeout(timer);
      if (!closed) kill(entry.child);
      forget(userDataDir);
    },
  };
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0];
