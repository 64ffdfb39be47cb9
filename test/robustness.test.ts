import { execFileSync } from 'node:child_process';
import {
  chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheFile } from '../src/cache/cache.js';
import { compileDocument } from '../src/compile.js';
import { renderHtml } from '../src/render/html.js';
import { openPrinter } from '../src/render/pdf/printer.js';
import {
  printedDiagnostics, RAW_CONTROL, runCli, spawnCli, STACK_TRACE, tempDir, uncoloured, until, withEnv, type PrintedDiagnostic, type Run,
} from './cli-helpers.js';

/**
 * Hostile inputs and situations: whatever happens, privnote reports it as a diagnostic of the file it belongs to
 * (`file[:line:col]  error  rule-id  message`), never crashes, hangs, prints a stack trace or a raw control character,
 * and still builds the other documents of the run.
 */

const MINIMAL = readFileSync('test/fixtures/minimal.yaml', 'utf8');
/** A valid notice with one warning (an unfilled placeholder). */
const WITH_WARNING = MINIMAL.replace('10 jaar na het afsluiten van je dossier.', '10 jaar na [datum].');
const isRoot = process.getuid?.() === 0;
const timings: string[] = [];
/** The temporary folders of this file's tests (some hold tens of megabytes): removed at the end. */
const folders: string[] = [];
const ownTempDir = (prefix: string) => {
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
function workspace(files: Record<string, string | Buffer> = {}) {
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
function expectClean(run: Run): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(RAW_CONTROL.exec(run.stderr)?.[0], 'raw control character on stderr').toBeUndefined();
  expect(RAW_CONTROL.exec(run.stdout)?.[0], 'raw control character on stdout').toBeUndefined();
}

/** The printed diagnostics of one file. */
const of = (run: Run, file: string): PrintedDiagnostic[] => printedDiagnostics(run.stderr).filter((d) => d.file === file);

/** Exactly one diagnostic, with this rule, for this file (and where, when given). */
function expectOnly(run: Run, file: string, ruleId: string, where?: { line: number; column: number }) {
  const found = of(run, file);
  expect(found.map((d) => d.ruleId)).toEqual([ruleId]);
  if (where) expect({ line: found[0]!.line, column: found[0]!.column }).toEqual(where);
  return found[0]!;
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const profilesIn = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('privnote-chromium-'));

describe('reading and decoding: positioned diagnostics, the other documents still built', () => {
  test.each([
    ['a NUL byte', Buffer.from(MINIMAL.replace('title: Privacy', 'title: Privacy\0')), 'control-character', { line: 1, column: 15 }, /U\+0000 \(NUL\)/],
    [
      'a Latin-1 file (é as 0xE9)',
      Buffer.from(MINIMAL.replace('Marktplein', 'Marktpléin'), 'latin1'),
      'encoding',
      { line: 5, column: MINIMAL.split('\n')[4]!.indexOf('Marktplein') + 8 },
      /ongeldige UTF-8: byte 0xE9 \("é" in Latin-1\)/,
    ],
    ['a UTF-16 file with its byte order mark', Buffer.from(`\ufeff${MINIMAL}`, 'utf16le'), 'encoding', { line: 1, column: 1 }, /UTF-16/],
    ['a UTF-16 file without a byte order mark', Buffer.from(MINIMAL, 'utf16le').swap16(), 'encoding', { line: 1, column: 1 }, /UTF-16/],
    ['an overlong UTF-8 sequence', Buffer.concat([Buffer.from('title: '), Buffer.from([0xc0, 0xaf]), Buffer.from(MINIMAL.slice(MINIMAL.indexOf('\n')))]), 'encoding', { line: 1, column: 8 }, /byte 0xC0/],
    ['an empty file', Buffer.alloc(0), 'yaml-not-mapping', { line: 1, column: 1 }, /empty document/],
    ['a file of 20 MB', Buffer.alloc(20 * 1024 * 1024, 'a'), 'read-error', { line: 0, column: 0 }, /te groot \(20 MB; een verklaring is hoogstens 16 MB\)/],
  ])('%s', async (_, content, ruleId, where, message) => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'bad.yaml': content });
    const run = await ws.build([ws.path('good.yaml'), ws.path('bad.yaml')]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('bad.yaml'), ruleId, where).message).toMatch(message);
    expect(of(run, ws.path('good.yaml'))).toEqual([]);
    expect(ws.built('good')).toBe(true);
    expect(ws.built('bad')).toBe(false);
    expectClean(run);
  });

  test('control characters U+0001, U+001B, U+007F and U+0085, each at its line and column', async () => {
    const lines = MINIMAL.trimEnd().split('\n');
    const text = [lines[0]!.replace('Privacy', 'Pri\u0001vacy'), ...lines.slice(1), '# een \u001b[2J', '#\u007f', '# \u0085', ''].join('\n');
    const ws = workspace({ 'good.yaml': MINIMAL, 'bad.yaml': text });
    const run = await ws.build([ws.path('good.yaml'), ws.path('bad.yaml')]);
    expect(run.code).toBe(1);
    const n = lines.length;
    expect(of(run, ws.path('bad.yaml')).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message.split(' ')[1]}`)).toEqual([
      '1:11 control-character U+0001',
      `${n + 1}:7 control-character U+001B`,
      `${n + 2}:2 control-character U+007F`,
      `${n + 3}:3 control-character U+0085`,
    ]);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test.each([
    ['CRLF line ends', MINIMAL.replace(/\n/g, '\r\n')],
    ['a UTF-8 byte order mark', `\ufeff${MINIMAL}`],
  ])('%s: fine', async (_, text) => {
    const ws = workspace({ 'notice.yaml': text });
    const run = await ws.build([ws.path('notice.yaml')]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(ws.out, 'notice.html'), 'utf8')).toContain('<h1>Privacyverklaring Testgemeente</h1>');
    expectClean(run);
  });

  test('a FIFO given as input is reported, not opened for reading (which would wait forever)', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    mkfifo(ws.path('pipe.yaml'));
    const run = await spawnCli(['build', ws.path('pipe.yaml'), ws.path('good.yaml'), '-o', ws.out, '-f', 'html,md'], { env: ws.env, timeout: 20_000 });
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('pipe.yaml'), 'read-error').message).toMatch(/een named pipe \(FIFO\), geen YAML-bestand/);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test('in a folder, only regular files are read: a FIFO, a folder named x.yaml, a dangling link, a link to /dev/zero are reported by name', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    mkfifo(ws.path('pipe.yaml'));
    mkdirSync(ws.path('x.yaml'));
    symlinkSync(ws.path('nowhere.yaml'), ws.path('dangling.yaml'));
    symlinkSync('/dev/zero', ws.path('zero.yaml'));
    const run = await spawnCli(['build', ws.dir, '-o', ws.out, '-f', 'html,md'], { env: ws.env, timeout: 20_000 });
    expect(run.code).toBe(0);
    const skipped = printedDiagnostics(run.stderr).map((d) => `${d.file.slice(ws.dir.length + 1)} ${d.severity} ${d.ruleId} ${d.message}`);
    expect(skipped).toEqual([
      'dangling.yaml warning input-skipped overgeslagen: een link naar niets, geen bestand',
      'pipe.yaml warning input-skipped overgeslagen: een named pipe (FIFO), geen bestand',
      'x.yaml warning input-skipped overgeslagen: een map, geen bestand',
      'zero.yaml warning input-skipped overgeslagen: een apparaat, geen bestand',
    ]);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test.each([
    ['a dangling link', (ws: ReturnType<typeof workspace>) => symlinkSync(ws.path('nowhere.yaml'), ws.path('bad.yaml')), /bestand niet gevonden \(of een link naar niets\)/],
    ['a link to /dev/zero', (ws: ReturnType<typeof workspace>) => symlinkSync('/dev/zero', ws.path('bad.yaml')), /een apparaat, geen YAML-bestand/],
  ])('%s given as input: a read-error of that file', async (_, make, message) => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    make(ws);
    const run = await ws.build([ws.path('bad.yaml'), ws.path('good.yaml')]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('bad.yaml'), 'read-error').message).toMatch(message);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test('a directory given to render: a read-error of it, exit 1', async () => {
    const ws = workspace();
    const run = await runCli(['render', ws.dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(expectOnly(run, ws.dir, 'read-error').message).toMatch(/^een map, geen YAML-bestand/);
    expectClean(run);
  });

  test(`an unreadable file and an unreadable folder (chmod 000)${isRoot ? ': root reads anything, so privnote runs as user nobody' : ''}`, async () => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'secret.yaml': MINIMAL });
    chmodSync(ws.path('secret.yaml'), 0o000);
    mkdirSync(ws.path('closed'));
    writeFileSync(ws.path('closed/notice.yaml'), MINIMAL);
    chmodSync(ws.path('closed'), 0o000);
    const args = [ws.path('secret.yaml'), ws.path('closed'), ws.path('good.yaml'), '-o', ws.out, '-f', 'html,md'];
    let run: Run;
    if (isRoot) {
      chmodSync(ws.dir, 0o777); // the folder is root's: nobody writes the outputs and the cache in it
      run = await spawnCli(['build', ...args], { env: { ...ws.env, HOME: ws.dir }, uid: 65534, gid: 65534, timeout: 20_000 });
    } else {
      run = await ws.build(args);
    }
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('secret.yaml'), 'read-error').message).toBe('geen toelating om het te lezen');
    expect(expectOnly(run, ws.path('closed'), 'read-error').message).toBe('de map kan niet gelezen worden: geen toelating om het te lezen');
    expect(ws.built('good')).toBe(true);
    expectClean(run);
    chmodSync(ws.path('closed'), 0o755); // so that it can be removed
  });
});

describe('outputs that cannot be written: diagnostics of their document, not an abort', () => {
  test('an output path that is a folder', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'blocked.yaml': MINIMAL });
    mkdirSync(join(ws.out, 'blocked.html'), { recursive: true });
    const run = await ws.build([ws.path('good.yaml'), ws.path('blocked.yaml')]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('blocked.yaml'), 'write-error').message).toBe(`kan ${join(ws.out, 'blocked.html')} niet schrijven: het is een map`);
    expect(ws.built('good')).toBe(true);
    expect(run.stdout).toContain('1 built, 0 current (cached), 1 failed');
    expectClean(run);
  });

  test('-o naming a file: every document says so', async () => {
    const ws = workspace({ 'a.yaml': MINIMAL, 'b.yaml': MINIMAL, 'file.txt': 'not a folder\n' });
    const run = await ws.build([ws.path('a.yaml'), ws.path('b.yaml'), '-o', ws.path('file.txt')]);
    expect(run.code).toBe(1);
    for (const name of ['a', 'b']) {
      expect(of(run, ws.path(`${name}.yaml`)).map((d) => `${d.ruleId} ${d.message}`)).toEqual(
        ['html', 'md'].map((extension) => `write-error kan ${join(ws.path('file.txt'), `${name}.${extension}`)} niet schrijven: een bestand staat in de weg`),
      );
    }
    expect(readFileSync(ws.path('file.txt'), 'utf8')).toBe('not a folder\n');
    expectClean(run);
  });

  test('two good documents and one bad: the good ones are built', async () => {
    const ws = workspace({ 'a.yaml': MINIMAL, 'b.yaml': WITH_WARNING, 'c.yaml': 'title: [unclosed\n' });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(1);
    expect(of(run, ws.path('c.yaml')).map((d) => d.ruleId)).toContain('yaml-syntax');
    expect([ws.built('a'), ws.built('b'), ws.built('c')]).toEqual([true, true, false]);
    expectClean(run);
  });

  test('two inputs that would write the same outputs: the second is an error of its own, the first is built', async () => {
    const ws = workspace({ 'notice.yaml': MINIMAL, 'notice.yml': MINIMAL });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('notice.yml'), 'output-conflict').message).toBe(`${ws.path('notice.yaml')} schrijft al notice.*: geef een van beide een andere naam`);
    expect(ws.built('notice')).toBe(true);
    expectClean(run);
  });
});

/**
 * A copy of privnote as installed (package.json, bin, dist, templates, schemas; node_modules linked), whose templates
 * or compiled worker a test may break without touching the real ones.
 */
function installedCopy(): string {
  const root = ownTempDir('privnote-copy-');
  for (const part of ['package.json', 'bin', 'dist', 'templates', 'schemas']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  return root;
}

const copyCli = (root: string, argv: string[], options: Parameters<typeof spawnCli>[1] = {}) => spawnCli(argv, { ...options, bin: join(root, 'bin', 'privnote.js') });

describe('templates that fail: a render-error of each document they fail on', () => {
  test('a template that throws for one document: that one has a render-error naming the template, the other is built', async () => {
    const root = installedCopy();
    const template = join(root, 'templates', 'html', 'privacyverklaring.hbs');
    writeFileSync(template, readFileSync(template, 'utf8').replace('{{#if subtitle}}<p class="subtitle">{{subtitle}}</p>{{/if}}', '{{#if subtitle}}{{missingHelper subtitle}}{{/if}}'));
    const ws = workspace({ 'good.yaml': MINIMAL, 'subtitled.yaml': MINIMAL.replace('\ncontroller:', '\nsubtitle: voor burgers\ncontroller:') });
    const run = await copyCli(root, ['build', ws.dir, '-o', ws.out, '-f', 'html,md'], { env: ws.env });
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('subtitled.yaml'), 'render-error').message).toMatch(/^HTML kon niet gemaakt worden \(sjabloon html\/privacyverklaring\.hbs\): Missing helper: "missingHelper"/);
    expect(ws.built('good')).toBe(true);
    expect(ws.built('subtitled')).toBe(false);
    expectClean(run);
  });

  test('a template with a syntax error: a render-error, no crash', async () => {
    const root = installedCopy();
    writeFileSync(join(root, 'templates', 'md', 'partials', 'version.hbs'), '{{#if version}}unclosed\n');
    const ws = workspace({ 'good.yaml': MINIMAL });
    const run = await copyCli(root, ['build', ws.dir, '-o', ws.out, '-f', 'html,md'], { env: ws.env });
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('good.yaml'), 'render-error').message).toMatch(/^MD kon niet gemaakt worden \(sjabloon md\/privacyverklaring\.hbs\): /);
    expectClean(run);
  });
});

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
    expect(run.stderr).toMatch(/^privnote: Chromium \(\/bin\/false\) did not start: [^\n]*\n$/);
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

describe('the build cache: a damaged one is ignored and rebuilt', () => {
  /** Builds twice: once to make the cache, once more after `damage`; returns the second run. */
  async function afterDamage(damage: (cache: string, ws: ReturnType<typeof workspace>) => void) {
    const ws = workspace({ 'a.yaml': MINIMAL, 'b.yaml': MINIMAL });
    expect((await ws.build([ws.dir])).code).toBe(0);
    const cache = await withEnv(ws.env, async () => cacheFile(ws.out));
    expect(existsSync(cache)).toBe(true);
    damage(cache, ws);
    return { ws, cache, run: await ws.build([ws.dir]) };
  }

  const valid = (cache: string) => JSON.parse(readFileSync(cache, 'utf8')) as { version: number; entries: Record<string, unknown>; findings: Record<string, unknown> };

  test.each([
    ['{}', () => '{}'],
    ['null', () => 'null'],
    ['null members', () => JSON.stringify({ version: 2, entries: null, findings: null })],
    [
      'members of the wrong shape',
      (cache: string) => {
        const saved = valid(cache);
        for (const key of Object.keys(saved.entries)) saved.entries[key] = { key: 1, size: 'x' };
        for (const key of Object.keys(saved.findings)) saved.findings[key] = { diagnostics: [null], items: [null] };
        return JSON.stringify(saved);
      },
    ],
    ['not JSON at all', () => '\u0000\u0001{"version": 2, "entr'],
  ])('%s', async (_, content) => {
    const { ws, cache, run } = await afterDamage((path) => writeFileSync(path, content(path)));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('2 built, 0 current (cached), 0 failed');
    expect(valid(cache).version).toBe(2);
    expect((await ws.build([ws.dir])).stdout).toContain('0 built, 2 current (cached), 0 failed');
    expectClean(run);
  });

  test('a folder at its path: the build goes on, with a warning about the cache', async () => {
    const { ws, cache, run } = await afterDamage((path) => {
      rmSync(path);
      mkdirSync(path);
    });
    expect(run.code).toBe(0);
    expect(expectOnly(run, cache, 'cache').severity).toBe('warning');
    expect(ws.built('a') && ws.built('b')).toBe(true);
    expectClean(run);
  });

  test('a link at its path to a file elsewhere: the file is neither read nor overwritten', async () => {
    let outside = '';
    const { cache, run } = await afterDamage((path, ws) => {
      outside = ws.path('precious.json');
      writeFileSync(outside, readFileSync(path)); // a valid cache: following the link would skip the build
      rmSync(path);
      symlinkSync(outside, path);
    });
    const before = readFileSync(outside, 'utf8');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('2 built, 0 current (cached)');
    expect(readFileSync(outside, 'utf8')).toBe(before);
    expect(lstatSync(cache).isFile()).toBe(true);
    expectClean(run);
  });

  test('a FIFO at its path does not block the build', async () => {
    const ws = workspace({ 'a.yaml': MINIMAL });
    const cache = await withEnv(ws.env, async () => cacheFile(ws.out));
    mkdirSync(join(cache, '..'), { recursive: true });
    mkfifo(cache);
    const run = await spawnCli(['build', ws.dir, '-o', ws.out, '-f', 'html,md'], { env: ws.env, timeout: 20_000 });
    expect(run.code).toBe(0);
    expect(ws.built('a')).toBe(true);
    expectClean(run);
  });

  test('two identical files with a warning: from the cache, each warning is still reported against its own file', async () => {
    const ws = workspace({ 'a.yaml': WITH_WARNING, 'b.yaml': WITH_WARNING });
    const warnings = (run: Run) => printedDiagnostics(run.stderr).map((d) => `${d.file.slice(ws.dir.length + 1)}:${d.line}:${d.column} ${d.ruleId}`);
    const first = await ws.build([ws.dir]);
    const second = await ws.build([ws.dir]);
    expect(second.stdout).toContain('0 built, 2 current (cached)');
    expect(warnings(first)).toEqual(['a.yaml:21:9 placeholder-text', 'b.yaml:21:9 placeholder-text']);
    expect(warnings(second)).toEqual(warnings(first));
    expectClean(second);
  });
});

describe('hostile YAML', () => {
  test('an alias bomb', async () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(10).fill(i === 1 ? '*a' : `*a${i - 1}`).join(', ')}]\n`;
    const ws = workspace({ 'good.yaml': MINIMAL, 'bomb.yaml': text });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(1);
    expectOnly(run, ws.path('bomb.yaml'), 'yaml-alias', { line: 1, column: 1 });
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test.each([
    ['[ 10 000 times, unclosed', `title: ${'['.repeat(10_000)}\n`, { line: 1, column: 1008 }],
    ['[ 10 000 times, closed', `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, { line: 1, column: 1008 }],
    ['[ a million times (the parser would run out of memory)', `title: ${'['.repeat(1_000_000)}\n`, { line: 1, column: 1008 }],
    ['- a million times on one line', `title:\n  ${'- '.repeat(1_000_000)}x\n`, { line: 2, column: 2003 }],
  ])('nesting: %s', async (_, text, where) => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'deep.yaml': text });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(1);
    expectOnly(run, ws.path('deep.yaml'), 'yaml-depth', where);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test('a key holding a newline and terminal escapes cannot forge a diagnostic or clear the screen, in any reporter', async () => {
    const key = 'a\nprivnote.yaml:1:1  error  forged\u001b[2J\u009b2J\u007f';
    const text = `${MINIMAL}"a\\nprivnote.yaml:1:1  error  forged\\e[2J\\x9b2J\\x7f": 1\n`; // YAML escapes: the file itself is clean
    const ws = workspace({ 'bad.yaml': text });
    for (const tty of [false, true]) {
      const pretty = await ws.check([ws.path('bad.yaml')], { tty });
      expect(pretty.code, pretty.stderr).toBe(1);
      expect(printedDiagnostics(pretty.stderr).map((d) => [d.file, d.ruleId])).toEqual([[ws.path('bad.yaml'), 'schema-unknown-key']]);
      expect(pretty.stderr).toContain('onbekend veld "a\\nprivnote.yaml:1:1  error  forged\\u001b[2J\\u009b2J\\u007f"');
      expect(uncoloured(pretty.stderr)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    const json = await ws.check([ws.path('bad.yaml'), '--reporter', 'json']);
    expect(JSON.parse(json.stdout).files[0].diagnostics[0].message).toBe(`onbekend veld "${key}"`);
    const github = await ws.check([ws.path('bad.yaml'), '--reporter', 'github']);
    expect(github.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(github.stdout).toMatch(/^::error file=.*,line=\d+,col=\d+,title=privnote schema-unknown-key::onbekend veld "a\\nprivnote\.yaml:1:1 {2}error {2}forged\\u001b\[2J\\u009b2J\\u007f"\n$/);
    for (const run of [json, github]) expectClean(run);
  });

  test('a file name with a newline and escapes is shown escaped, in diagnostics and in what was written', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'evil\n\u001b[2J.yaml': WITH_WARNING });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(0);
    expect(printedDiagnostics(run.stderr).map((d) => `${d.file} ${d.ruleId}`)).toEqual([`${join(ws.dir, 'evil\\n\\u001b[2J.yaml')} placeholder-text`]);
    expect(run.stdout).toContain(`wrote ${join(ws.out, 'evil\\n\\u001b[2J.html')}\n`);
    expect(ws.built('good') && ws.built('evil\n\u001b[2J')).toBe(true);
    expectClean(run);
  });
});

describe('scans over user text are linear', () => {
  const MB = 1024 * 1024;
  /** Every free-text field of a notice, each holding `word`. */
  const everyField = (word: string) => `title: ${word}
subtitle: ${word}
controller:
  entities:
    - name: ${word}
      address:
        street: ${word}
        postalCode: "3000"
        city: ${word}
      email: privacy@testgemeente.be
data:
  categories:
    - name: ${word}
  obligation: ${word}
sources:
  from:
    - ${word}
purposes:
  items:
    - name: ${word}
      basis:
        - basis: wettelijke-verplichting
recipients:
  items:
    - ${word}
  transfers:
    none: true
retention:
  text: ${word}
rights:
  automatedDecisions: ${word}
complaints:
  authorities:
    - authority: gba
`;
  // Each word is one the old scans retried from every position: e-mail (no @), [ without ], ]( without ), <a: without >.
  const words: [string, string][] = [
    ['letters, dots, plus and minus (e-mail)', 'a.b+c-d_e'],
    ['[ without ] (placeholder)', '['],
    [']( without ) (link)', ']('],
    ['](< without > (link)', '](<'],
    ['<a: without > (autolink)', '<a:'],
  ];

  test.each(words)('a 1 MB word in every free-text field: check takes under a second: %s', async (name, unit) => {
    const word = `x${unit.repeat(Math.ceil(MB / unit.length))}`.slice(0, MB - 1) + 'z'; // a plain scalar: not ending in ":"
    const ws = workspace({ 'huge.yaml': everyField(word) });
    const started = performance.now();
    const run = await ws.check([ws.path('huge.yaml')]);
    const seconds = (performance.now() - started) / 1000;
    timings.push(`check, 1 MB word in 12 fields (${name}): ${seconds.toFixed(2)} s`);
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    expect(seconds).toBeLessThan(1);
    expectClean(run);
  });

  test('a 1 MB word in every free-text field: build (HTML and Markdown) works, and its time is reported', async () => {
    const word = `x${'a.b+c-d_e'.repeat(MB / 8)}`.slice(0, MB);
    const ws = workspace({ 'huge.yaml': everyField(word) });
    const started = performance.now();
    const run = await ws.build([ws.path('huge.yaml')]);
    timings.push(`build html,md, 1 MB word in 12 fields: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(run.code).toBe(0);
    expect(ws.built('huge')).toBe(true);
    expectClean(run);
  });

  test('5 000 purposes, 10 000 findings with code frames in a terminal', async () => {
    const items = (line: (i: number) => string) =>
      MINIMAL.replace('    - name: Dienstverlening aan burgers\n      basis: [{ basis: wettelijke-verplichting }]\n', Array.from({ length: 5000 }, (_, i) => `    - name: ${line(i)}\n      basis: [{ basis: wettelijke-verplichting }]\n`).join(''));
    const ws = workspace({ 'clean.yaml': items((i) => `Doel ${i}, mail naar info${i}@example.be`), 'findings.yaml': items((i) => `Doel ${i} [datum] x@y`) });
    let started = performance.now();
    const clean = await ws.check([ws.path('clean.yaml')]);
    timings.push(`check, 5 000 purposes: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    expectClean(clean);
    started = performance.now();
    const run = await ws.check([ws.path('findings.yaml')], { tty: true });
    const seconds = (performance.now() - started) / 1000;
    timings.push(`check, 5 000 purposes with 10 000 findings and code frames: ${seconds.toFixed(2)} s`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('5000 errors, 5000 warnings in 1 file');
    expect(uncoloured(run.stderr).match(/^> \d+ \| {5}- name: Doel \d+ \[datum\] x@y$/gm)).toHaveLength(10_000);
    expect(seconds).toBeLessThan(4); // a code frame split its whole source again for each finding: 8 s
  });
});

test('protocol recitals past Z are lettered AA, AB, …', async () => {
  const protocol = parse(readFileSync('examples/protocol-opgroeien-ocmw-leopoldsburg.yaml', 'utf8')) as { recitals: string[] };
  protocol.recitals = Array.from({ length: 30 }, (_, i) => `Overweging ${i + 1}.`);
  const ws = workspace({ 'protocol.yaml': stringify(protocol) });
  const run = await runCli(['render', ws.path('protocol.yaml')]);
  expect(run.code).toBe(0);
  const letters = [...run.stdout.matchAll(/^([A-Z[\\\]^_`]+)\. Overweging (\d+)\.$/gm)].map((m) => m[1]);
  expect(letters).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AA', 'AB', 'AC', 'AD']);
  expectClean(run);
});

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
        void until(() => /watching /.test(output)).then(async () => {
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
          await until(() => /watching /.test(output));
          renameSync(ws.path('notice.yaml'), ws.path('moved.yaml')); // a git checkout, an editor's atomic save
          await until(() => /input not found: notice\.yaml/.test(output));
          writeFileSync(ws.path('notice.yaml'), MINIMAL.replace('Testgemeente', 'Teruggemeente'));
          await until(() => existsSync(html) && readFileSync(html, 'utf8').includes('Teruggemeente'));
          unlinkSync(ws.path('notice.yaml'));
          await until(() => (output.match(/input not found: notice\.yaml/g) ?? []).length >= 2);
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
          await until(() => /watching /.test(output));
          writeFileSync(partial, '{{#if version}}unclosed\n');
          await until(() => /render-error/.test(output));
          const broken = output.length;
          writeFileSync(partial, original); // as before the error: the outputs of the first build are current again
          await until(() => /: 0 built, 1 current, 0 failed/.test(output.slice(broken)));
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
    expect([run.code, run.stderr]).toEqual([2, 'privnote: --serve must be a whole number from 0 to 65535, got "99999"\n']);
  });

  test('a port in use: a usage error, one line', async () => {
    const ws = workspace({ 'notice.yaml': MINIMAL });
    const taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, '127.0.0.1', ready));
    const { port } = taken.address() as { port: number };
    try {
      const run = await runCli(['watch', ws.path('notice.yaml'), '-o', ws.out, '-f', 'html', '--serve', String(port)], { env: ws.env });
      expect([run.code, run.stderr]).toEqual([2, `privnote: port ${port} is in use: choose another with --serve <port> (0: any free port)\n`]);
    } finally {
      taken.close();
    }
  });
});

test('diff --since=--output=PATH is refused: a revision cannot be an option to git', async () => {
  const ws = workspace({ 'n.yaml': MINIMAL });
  const run = await runCli(['diff', ws.path('n.yaml'), `--since=--output=${ws.path('written')}`]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`privnote: --since: a revision cannot start with "-", got "--output=${ws.path('written')}"\n`);
  expect(existsSync(ws.path('written'))).toBe(false);
});

describe('the worker pool', () => {
  /** A notice of about 660 KB: the OCMW Leuven statement with its purposes repeated. */
  function largeNotice(): string {
    const notice = parse(readFileSync('examples/ocmw-leuven.yaml', 'utf8')) as { purposes: { items: { name: string }[] } };
    const base = notice.purposes.items;
    notice.purposes.items = Array.from({ length: 125 }, (_, round) => base.map((p) => ({ ...p, name: `${p.name} (${round + 1})` }))).flat();
    return stringify(notice, { lineWidth: 0 });
  }

  test('60 notices of about 660 KB are all built', async () => {
    const text = largeNotice();
    expect(text.length).toBeGreaterThan(640_000);
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`notice-${String(i).padStart(2, '0')}.yaml`, text]));
    const ws = workspace({ ...files, 'privnote.config.yaml': readFileSync('examples/privnote.config.yaml') });
    const started = performance.now();
    const run = await ws.build([ws.dir, '-q', '--no-cache']);
    timings.push(`build html,md, 60 notices of ${Math.round(text.length / 1024)} KB: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(run.code).toBe(0);
    expect(readdirSync(ws.out)).toHaveLength(120);
    expectClean(run);
  }, 180_000);

  test('workers that run out of memory: their documents are built in the main thread', async () => {
    const files = Object.fromEntries(Array.from({ length: 52 }, (_, i) => [`notice-${String(i).padStart(2, '0')}.yaml`, MINIMAL]));
    const ws = workspace({ ...files, 'large.yaml': largeNotice(), 'privnote.config.yaml': readFileSync('examples/privnote.config.yaml') });
    const run = await ws.build([ws.dir, '-q', '--no-cache'], { env: { PRIVNOTE_WORKER_HEAP_MB: '16' } });
    expect(run.code).toBe(0);
    expect(readdirSync(ws.out)).toHaveLength(106);
    expectClean(run);
  }, 120_000);

  test('a worker that cannot even load: every document is built in the main thread, nothing hangs', async () => {
    const root = installedCopy();
    writeFileSync(join(root, 'dist', 'src', 'worker', 'worker.js'), 'throw new Error("this worker is broken");\n');
    const files = Object.fromEntries(Array.from({ length: 55 }, (_, i) => [`notice-${String(i).padStart(2, '0')}.yaml`, MINIMAL]));
    const ws = workspace(files);
    const run = await copyCli(root, ['build', ws.dir, '-o', ws.out, '-f', 'html,md', '-q', '--no-cache'], { env: ws.env, timeout: 60_000 });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readdirSync(ws.out)).toHaveLength(110);
  });
});
