import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { installedCopy } from './helpers.js';

/** Waits until `predicate` holds, polling; fails after `ms`. */
async function until(predicate: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const children: ReturnType<typeof spawn>[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGTERM');
    await until(() => child.exitCode !== null || child.signalCode !== null);
  }
});

/** `privnote watch` in a folder of its own, from the privnote installed at `root`; its output collected. */
function watchIn(dir: string, root: string, ...args: string[]) {
  const child = spawn(process.execPath, [join(root, 'bin', 'privnote.js'), 'watch', '.', '-o', 'out', '-f', 'html', ...args], { cwd: dir });
  children.push(child);
  const output = { text: '' };
  child.stdout!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  return output;
}

const noticeFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'privnote-watch-'));
  copyFileSync('test/fixtures/minimal.yaml', join(dir, 'notice.yaml'));
  return dir;
};

test('watch rebuilds a saved notice and serves the HTML on loopback with live reload', async () => {
  const dir = noticeFolder();
  const output = watchIn(dir, process.cwd(), '--serve', '0');
  await until(() => /privnote volgt /.test(output.text));
  const port = /127\.0\.0\.1:(\d+)/.exec(output.text)![1];
  const page = () => fetch(`http://127.0.0.1:${port}/notice.html`).then((r) => r.text());
  expect(await page()).toContain('Privacyverklaring Testgemeente');
  expect(await page()).toContain('new EventSource("/__privnote/events")');
  expect(readFileSync(join(dir, 'out', 'notice.html'), 'utf8')).not.toContain('EventSource');

  writeFileSync(join(dir, 'notice.yaml'), readFileSync(join(dir, 'notice.yaml'), 'utf8').replace('Testgemeente', 'Watchgemeente'));
  await until(async () => (await page()).includes('Privacyverklaring Watchgemeente'));
  expect((await fetch(`http://127.0.0.1:${port}/missing.html`)).status).toBe(404);
  expect((await fetch(`http://127.0.0.1:${port}/%`)).status).toBe(400);
  expect((await fetch(`http://127.0.0.1:${port}/notice.html`)).status).toBe(200);
});

test('watch sees an edited template, text, data file or stylesheet at the next build (nothing memoized for the process)', async () => {
  // A copy of privnote itself, so that its templates can be edited without touching the repository.
  const root = installedCopy();
  const dir = noticeFolder();
  const output = watchIn(dir, root);
  const html = () => readFileSync(join(dir, 'out', 'notice.html'), 'utf8');
  await until(() => /privnote volgt /.test(output.text));
  expect(html()).not.toContain('Sjabloon gewijzigd');

  const page = join(root, 'templates', 'html', 'privacyverklaring.hbs');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<main>', '<main><p>Sjabloon gewijzigd</p>'));
  await until(() => html().includes('Sjabloon gewijzigd'));
  expect(output.text).toMatch(/1 gebouwd, 0 actueel/);

  const texts = join(root, 'templates', 'texts', 'nl-BE.yaml');
  writeFileSync(texts, readFileSync(texts, 'utf8').replace('Wie is verantwoordelijk voor {je|uw} persoonsgegevens?', 'Wie is er verantwoordelijk?'));
  await until(() => html().includes('Wie is er verantwoordelijk?'));

  const authorities = join(root, 'templates', 'data', 'authorities.yaml');
  writeFileSync(authorities, readFileSync(authorities, 'utf8').replace('+32 2 274 48 00', '+32 2 274 48 99'));
  await until(() => html().includes('+32&nbsp;2&nbsp;274&nbsp;48&nbsp;99')); // a phone number does not break

  const css = join(root, 'templates', 'html', 'style.css');
  writeFileSync(css, `${readFileSync(css, 'utf8')}\n.gewijzigd { color: red }\n`);
  await until(() => html().includes('.gewijzigd { color: red }'));

  // A template that does not compile is the document's diagnostic; watching goes on.
  writeFileSync(page, readFileSync(page, 'utf8').replace('<main>', '<main>{{#if}}'));
  await until(() => /render-error/.test(output.text));
  writeFileSync(page, readFileSync(page, 'utf8').replace('{{#if}}', '<p>Hersteld</p>'));
  await until(() => html().includes('Hersteld'));
});

test('watch sees the project\'s templates (an edited partial, a new folder of them) and an edited text in its config', async () => {
  const dir = noticeFolder();
  mkdirSync(join(dir, 'huisstijl', 'html'), { recursive: true });
  writeFileSync(join(dir, 'huisstijl', 'html', 'style.css'), '.huis { color: #6b1d4f }\n');
  writeFileSync(join(dir, 'privnote.config.yaml'), 'templates: ./huisstijl\ntexts:\n  labels: { basis: Grondslag }\n');
  const output = watchIn(dir, process.cwd());
  const html = () => readFileSync(join(dir, 'out', 'notice.html'), 'utf8');
  const builds = () => output.text.match(/ gebouwd, /g)?.length ?? 0;
  await until(() => /privnote volgt /.test(output.text));
  expect(html()).toContain('.huis { color: #6b1d4f }');
  expect(html()).toContain('Grondslag');

  writeFileSync(join(dir, 'privnote.config.yaml'), 'templates: ./huisstijl\ntexts:\n  labels: { basis: Rechtsgrond van de verwerking }\n');
  await until(() => html().includes('Rechtsgrond van de verwerking'));

  // A folder made while watching is watched from the build it causes on.
  const before = builds();
  mkdirSync(join(dir, 'huisstijl', 'html', 'partials'));
  await until(() => builds() > before);
  const partial = join(dir, 'huisstijl', 'html', 'partials', 'version.hbs');
  writeFileSync(partial, '<p class="huis">Huisstijl een</p>\n');
  await until(() => html().includes('Huisstijl een'));
  writeFileSync(partial, '<p class="huis">Huisstijl twee</p>\n');
  await until(() => html().includes('Huisstijl twee'));

  // A partial that does not compile is a diagnostic at its line; watching goes on, and the repaired one is used.
  writeFileSync(partial, '<p class="huis">\n  {{#if date}}Huisstijl drie\n</p>\n');
  await until(() => /version\.hbs:4:1 {2}error {2}template-syntax/.test(output.text));
  writeFileSync(partial, '<p class="huis">Huisstijl drie</p>\n');
  await until(() => html().includes('Huisstijl drie'));
});
