import { existsSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../../src/compile.js';
import { renderHtml } from '../../src/render/html.js';
import { openPrinter } from '../../src/render/pdf/printer.js';
import { printedDiagnostics, runCli, spawnCli, until, withEnv } from '../cli-helpers.js';

import { MINIMAL, ownTempDir, workspace, expectClean, expectOnly, profilesIn, installedCopy } from './shared.js';

describe('PDF: the browser fails, hangs or is interrupted', () => {
  test('a page that misses its deadline is printed no more; the next document gets a fresh page', async () => {
    const dir = ownTempDir('privnote-tmp-');
    const { model } = compileDocument({ file: 'notice.yaml', text: MINIMAL });
    await withEnv({ TMPDIR: dir, PRIVNOTE_PDF_TIMEOUT_MS: '1500' }, async () => {
      const printer = await openPrinter(1);
      try {
        const never = '<!DOCTYPE html><html><body><p>nooit klaar</p><script>for (;;) {}</script></body></html>';
        await expect(printer.value.print(never, model!)).rejects.toThrow(/time-?out/i);
        const pdf = await printer.value.print(renderHtml(model!), model!);
        expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        await printer.close();
      }
    });
    expect(profilesIn(dir)).toEqual([]);
  });

  test('PRIVNOTE_PDF_TIMEOUT_MS too short for any document: a render-error for each, HTML and Markdown still written', async () => {
    const ws = workspace({ 'a.yaml': MINIMAL, 'b.yaml': MINIMAL });
    const tmp = ownTempDir('privnote-tmp-');
    const run = await ws.build([ws.dir, '-f', 'html,md,pdf'], { env: { TMPDIR: tmp, PRIVNOTE_PDF_TIMEOUT_MS: '1' } });
    expect(run.code).toBe(1);
    for (const name of ['a', 'b']) {
      expect(expectOnly(run, ws.path(`${name}.yaml`), 'render-error').message).toMatch(/^PDF kon niet gemaakt worden: .*time-?out/i);
      expect(ws.built(name)).toBe(true);
      expect(existsSync(join(ws.out, `${name}.pdf`))).toBe(false);
    }
    expect(profilesIn(tmp)).toEqual([]);
    expectClean(run);
  });

  test('a Chromium that does not start (PRIVNOTE_CHROMIUM=/bin/false): exit 2 with one line; HTML and Markdown written; no profile left', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    const tmp = ownTempDir('privnote-tmp-');
    const run = await ws.build([ws.dir, '-f', 'html,md,pdf'], { env: { TMPDIR: tmp, PRIVNOTE_CHROMIUM: '/bin/false' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^privnote: Chromium \(\/bin\/false\) start niet \([^\n]*\): installeer Chromium, of wijs met PRIVNOTE_CHROMIUM naar een werkend exemplaar\n$/);
    expect(ws.built('good')).toBe(true);
    expect(profilesIn(tmp)).toEqual([]);
    expectClean(run);
  });

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while PDFs are printed: privnote ends at once, the browser and its profile are gone', async (signal, code) => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`notice-${i}.yaml`, MINIMAL]));
    const ws = workspace(files);
    const tmp = ownTempDir('privnote-tmp-');
    let profile = '';
    const run = await spawnCli(['build', ws.dir, '-o', ws.out, '-j', '1'], {
      env: { ...ws.env, TMPDIR: tmp },
      timeout: 60_000,
      onStart: (child) => {
        // Once the browser is up (it writes DevToolsActivePort into its profile), interrupt the build.
        void until(() => {
          profile = profilesIn(tmp).map((name) => join(tmp, name))[0] ?? '';
          return profile !== '' && existsSync(join(profile, 'DevToolsActivePort'));
        }, 30_000).then(() => child.kill(signal));
      },
    });
    expect([run.code, run.signal]).toEqual([code, null]);
    expect(profile).not.toBe('');
    expect(profilesIn(tmp)).toEqual([]);
    expect(processesUsing(profile)).toEqual([]);
    expectClean(run);
  });
});

/** Processes whose command line names `text` (a browser started with that profile). */
function processesUsing(text: string): string[] {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}

describe('watch', () => {
  test('a bad URL gets a 400 and the server keeps serving', async () => {
    const ws = workspace({ 'notice.yaml': MINIMAL });
    let output = '';
    const done = spawnCli(['watch', '.', '-o', 'out', '-f', 'html', '--serve', '0'], {
      cwd: ws.dir,
      env: ws.env,
      timeout: 60_000,
      onOutput: (text) => (output += text),
      onStart: (child) => {
        void until(() => /privnote volgt /.test(output)).then(async () => {
          const port = /127\.0\.0\.1:(\d+)/.exec(output)![1];
          const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.status);
          output += `\nstatuses ${await get('/%')} ${await get('/%E0%A4%A')} ${await get('/..%2f..%2fetc%2fpasswd')} ${await get('/notice.html')}\n`;
          child.kill('SIGTERM');
        });
      },
    });
    const run = await done;
    expect(output).toContain('statuses 400 400 400 200');
    expectClean(run);
  });

  test('a watched input moved away, deleted and put back: watching goes on', async () => {
    const ws = workspace({ 'notice.yaml': MINIMAL });
    let output = '';
    const html = join(ws.dir, 'out', 'notice.html');
    const done = spawnCli(['watch', 'notice.yaml', '-o', 'out', '-f', 'html'], {
      cwd: ws.dir,
      env: ws.env,
      timeout: 90_000,
      onOutput: (text) => (output += text),
      onStart: (child) => {
        void (async () => {
          await until(() => /privnote volgt /.test(output));
          renameSync(ws.path('notice.yaml'), ws.path('moved.yaml')); // a git checkout, an editor's atomic save
          await until(() => /"notice\.yaml" bestaat niet/.test(output));
          writeFileSync(ws.path('notice.yaml'), MINIMAL.replace('Testgemeente', 'Teruggemeente'));
          await until(() => existsSync(html) && readFileSync(html, 'utf8').includes('Teruggemeente'));
          unlinkSync(ws.path('notice.yaml'));
          await until(() => (output.match(/"notice\.yaml" bestaat niet/g) ?? []).length >= 2);
          renameSync(ws.path('moved.yaml'), ws.path('notice.yaml'));
          await until(() => readFileSync(html, 'utf8').includes('Privacyverklaring Testgemeente'));
          output += '\nall seen\n';
        })().finally(() => child.kill('SIGTERM'));
      },
    });
    const run = await done;
    expect(output).toContain('all seen');
    expectClean(run);
  });

  test('a template syntax error while watching is a diagnostic; fixing it rebuilds', async () => {
    const root = installedCopy();
    const partial = join(root, 'templates', 'html', 'partials', 'version.hbs');
    const original = readFileSync(partial, 'utf8');
    const ws = workspace({ 'notice.yaml': MINIMAL });
    let output = '';
    const done = spawnCli(['watch', 'notice.yaml', '-o', 'out', '-f', 'html'], {
      cwd: ws.dir,
      env: ws.env,
      bin: join(root, 'bin', 'privnote.js'),
      timeout: 90_000,
      onOutput: (text) => (output += text),
      onStart: (child) => {
        void (async () => {
          await until(() => /privnote volgt /.test(output));
          writeFileSync(partial, '{{#if version}}unclosed\n');
          await until(() => /render-error/.test(output));
          const broken = output.length;
          writeFileSync(partial, original); // as before the error: the outputs of the first build are current again
          await until(() => /: 0 gebouwd, 1 actueel, 0 mislukt/.test(output.slice(broken)));
          output += '\nall seen\n';
        })().finally(() => child.kill('SIGTERM'));
      },
    });
    const run = await done;
    expect(output).toContain('all seen');
    expect(printedDiagnostics(run.stderr).map((d) => d.ruleId)).toEqual(['render-error']);
    expectClean(run);
  });

  test('--serve 99999: a usage error, one line', async () => {
    const ws = workspace({ 'notice.yaml': MINIMAL });
    const run = await runCli(['watch', ws.path('notice.yaml'), '-o', ws.out, '--serve', '99999'], { env: ws.env });
    expect([run.code, run.stderr]).toEqual([2, 'privnote: --serve verwacht een geheel getal van 0 tot 65535, niet "99999": geef een getal in dat bereik\n']);
  });

  test('a port in use: a usage error, one line', async () => {
    const ws = workspace({ 'notice.yaml': MINIMAL });
    const taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, '127.0.0.1', ready));
    const { port } = taken.address() as { port: number };
    try {
      const run = await runCli(['watch', ws.path('notice.yaml'), '-o', ws.out, '-f', 'html', '--serve', String(port)], { env: ws.env });
      expect([run.code, run.stderr]).toEqual([2, `privnote: poort ${port} is in gebruik: kies een andere met --serve <poort> (0: een vrije poort)\n`]);
    } finally {
      taken.close();
    }
  });
});

