import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { cacheFile } from '../../src/cache/cache.js';
import { printedDiagnostics, spawnCli, withEnv, type Run } from '../cli-helpers.js';

import { MINIMAL, WITH_WARNING, workspace, expectClean, of, expectOnly, mkfifo, installedCopy, copyCli } from './shared.js';

describe('outputs that cannot be written: diagnostics of their document, not an abort', () => {
  test('an output path that is a folder', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'blocked.yaml': MINIMAL });
    mkdirSync(join(ws.out, 'blocked.html'), { recursive: true });
    const run = await ws.build([ws.path('good.yaml'), ws.path('blocked.yaml')]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('blocked.yaml'), 'write-error').message).toBe(`kan ${join(ws.out, 'blocked.html')} niet schrijven (het is een map): kijk de map en de toelatingen na`);
    expect(ws.built('good')).toBe(true);
    expect(run.stdout).toContain('1 gebouwd, 0 al actueel (cache), 1 mislukt');
    expectClean(run);
  });

  test('-o naming a file: every document says so', async () => {
    const ws = workspace({ 'a.yaml': MINIMAL, 'b.yaml': MINIMAL, 'file.txt': 'not a folder\n' });
    const run = await ws.build([ws.path('a.yaml'), ws.path('b.yaml'), '-o', ws.path('file.txt')]);
    expect(run.code).toBe(1);
    for (const name of ['a', 'b']) {
      expect(of(run, ws.path(`${name}.yaml`)).map((d) => `${d.ruleId} ${d.message}`)).toEqual(
        ['html', 'md'].map((extension) => `write-error kan ${join(ws.path('file.txt'), `${name}.${extension}`)} niet schrijven (een bestand staat in de weg): kijk de map en de toelatingen na`),
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


describe('templates that fail: a render-error of each document they fail on', () => {
  test('a template that throws for one document: that one has a render-error naming the template, the other is built', async () => {
    const root = installedCopy();
    const template = join(root, 'templates', 'html', 'privacyverklaring.hbs');
    writeFileSync(template, readFileSync(template, 'utf8').replace('{{#if subtitle}}<p class="subtitle">{{subtitle}}</p>{{/if}}', '{{#if subtitle}}{{missingHelper subtitle}}{{/if}}'));
    const ws = workspace({ 'good.yaml': MINIMAL, 'subtitled.yaml': MINIMAL.replace('\ncontroller:', '\nsubtitle: voor burgers\ncontroller:') });
    const run = await copyCli(root, ['build', ws.dir, '-o', ws.out, '-f', 'html,md'], { env: ws.env });
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('subtitled.yaml'), 'render-error').message).toMatch(/^HTML kon niet gemaakt worden \(sjabloon html\/privacyverklaring\.hbs\): .*"missingHelper"/);
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
    expect(run.stdout).toContain('2 gebouwd, 0 al actueel (cache), 0 mislukt');
    expect(valid(cache).version).toBe(2);
    expect((await ws.build([ws.dir])).stdout).toContain('0 gebouwd, 2 al actueel (cache), 0 mislukt');
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
    expect(run.stdout).toContain('2 gebouwd, 0 al actueel (cache)');
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
    expect(second.stdout).toContain('0 gebouwd, 2 al actueel (cache)');
    expect(warnings(first)).toEqual(['a.yaml:22:43 placeholder-text', 'b.yaml:22:43 placeholder-text']);
    expect(warnings(second)).toEqual(warnings(first));
    expectClean(second);
  });
});


describe('the worker pool', () => {
  /** A notice of about 660 KB: the OCMW Leuven statement with its purposes repeated. */
  function largeNotice(): string {
    const notice = parse(readFileSync('examples/ocmw-leuven.yaml', 'utf8')) as { purposes: { items: { name: string }[] } };
    const base = notice.purposes.items;
    notice.purposes.items = Array.from({ length: 125 }, (_, round) => base.map((p) => ({ ...p, name: `${p.name} (${round + 1})` }))).flat();
    return stringify(notice, { lineWidth: 0 });
  }

  // The full-size case (60 notices of 660 KB, which crashed the pool) runs in `npm run bench`, where its time is measured.

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

