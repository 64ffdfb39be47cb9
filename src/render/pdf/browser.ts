import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser } from 'puppeteer';
import { UsageError } from '../../errors.js';

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
    accessSync(path, constants.X_OK);
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
    throw new BrowserNotFoundError(`${variable}=${value} is not an executable file`);
  }
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  try {
    const { default: puppeteer } = await import('puppeteer');
    const downloaded = puppeteer.executablePath();
    if (downloaded && existsSync(downloaded)) return downloaded;
  } catch {
    // No download configured: fall through to the explanation below.
  }
  throw new BrowserNotFoundError(
    'no Chromium found for PDF output. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point PRIVNOTE_CHROMIUM at a Chrome/Chromium executable. HTML and Markdown need no browser: `--format html,md`.',
  );
}

/** Profiles of browsers still open: removed when the process ends, however it ends (Ctrl-C included, see the CLI). */
const profiles = new Set<string>();
const removeProfile = (dir: string) => {
  rmSync(dir, { recursive: true, force: true });
  profiles.delete(dir);
};
let exitHook = false;

/** Starts one headless browser for the whole build, with a throw-away profile that never outlives it. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const executablePath = await resolveChromium();
  const { default: puppeteer } = await import('puppeteer');
  const userDataDir = mkdtempSync(join(tmpdir(), 'privnote-chromium-'));
  profiles.add(userDataDir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => profiles.forEach(removeProfile));
  }
  try {
    const browser = await puppeteer.launch({ executablePath, headless: true, args: FLAGS, userDataDir });
    return {
      browser,
      close: async () => {
        await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
        removeProfile(userDataDir);
      },
    };
  } catch (error) {
    removeProfile(userDataDir);
    throw new UsageError(`Chromium (${executablePath}) did not start: ${firstLine(error)}`);
  }
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0];
