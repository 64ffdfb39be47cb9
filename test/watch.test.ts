import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Waits until `predicate` holds, polling; fails after `ms`. */
async function until(predicate: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('watch rebuilds a saved notice and serves the HTML on loopback with live reload', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'privnote-watch-'));
  copyFileSync('test/fixtures/minimal.yaml', join(dir, 'notice.yaml'));
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'privnote.js'), 'watch', '.', '-o', 'out', '-f', 'html', '--serve', '0'], { cwd: dir });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await until(() => /watching /.test(output));
    const port = /127\.0\.0\.1:(\d+)/.exec(output)![1];
    const page = () => fetch(`http://127.0.0.1:${port}/notice.html`).then((r) => r.text());
    expect(await page()).toContain('Privacyverklaring Testgemeente');
    expect(await page()).toContain('new EventSource("/__privnote/events")');
    expect(readFileSync(join(dir, 'out', 'notice.html'), 'utf8')).not.toContain('EventSource');

    writeFileSync(join(dir, 'notice.yaml'), readFileSync(join(dir, 'notice.yaml'), 'utf8').replace('Testgemeente', 'Watchgemeente'));
    await until(async () => (await page()).includes('Privacyverklaring Watchgemeente'));
    expect((await fetch(`http://127.0.0.1:${port}/missing.html`)).status).toBe(404);
  } finally {
    child.kill('SIGTERM');
  }
  await until(() => child.exitCode !== null || child.signalCode !== null);
});
