import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { InOrder } from '../src/report/in-order.js';
import { defaultConfig } from '../src/config/config.js';
import { workerPool, WORKER_THRESHOLD } from '../src/worker/pool.js';
import { tempDir } from './cli-helpers.js';

/**
 * A large batch keeps nothing of a document once it is written: its findings go to the report in order as they come
 * (InOrder), and the worker pool keeps no result.
 */
const finding = (file: string, line: number, ruleId = 'kbo-number'): Diagnostic =>
  ({ file, line, column: 1, severity: 'warning', ruleId, message: `${ruleId} in ${file}` });

describe('findings in report order', () => {
  test('each document as soon as those before it are done, the others of the batch in their place', () => {
    const chunks: string[][] = [];
    const others = [finding('a.yaml', 0, 'input-missing'), finding('c.yaml', 3, 'write-error'), finding('z.config.yaml', 1, 'config')];
    const inOrder = new InOrder(['d.yaml', 'b.yaml', 'c.yaml'], others, (found) => chunks.push(found.map((d) => `${d.file}:${d.line}`)));
    inOrder.done('c.yaml', [finding('c.yaml', 9), finding('c.yaml', 2)]);
    expect(chunks).toEqual([]); // b.yaml is not done yet
    inOrder.done('b.yaml', []);
    expect(chunks).toEqual([['a.yaml:0'], ['c.yaml:2', 'c.yaml:3', 'c.yaml:9']]);
    inOrder.done('d.yaml', [finding('d.yaml', 1)]);
    inOrder.end([finding('cache.json', 0, 'cache')]);
    expect(chunks.slice(2)).toEqual([['d.yaml:1'], ['cache.json:0', 'z.config.yaml:1']]);
  });
});

describe('a batch large enough for the worker pool', () => {
  const notice = readFileSync('test/fixtures/minimal.yaml', 'utf8');
  function collection(): string {
    const dir = tempDir('privnote-batch-');
    writeFileSync(join(dir, 'privnote.config.yaml'), 'rules:\n  placeholder-text: error\n  onbekend: warning\n');
    for (let i = 0; i < WORKER_THRESHOLD + 10; i++) {
      const text = i % 7 === 0 ? notice.replace('10 jaar na het afsluiten van je dossier.', '10 jaar na [datum].') : i % 11 === 0 ? `${notice}\nonbekend: 1\n` : notice;
      writeFileSync(join(dir, `${String(i).padStart(3, '0')}-notice.yaml`), text);
    }
    writeFileSync(join(dir, 'kapot.yaml'), 'title: [niet gesloten\n');
    mkdirSync(join(dir, 'map.yaml'));
    return dir;
  }

  test('the findings handed on as they come are those of the result, in the same order', async () => {
    const dir = collection();
    // A second notice of the same name: an output-name conflict, a finding of the batch known before any document.
    mkdirSync(join(dir, 'elders'));
    writeFileSync(join(dir, 'elders', '005-notice.yaml'), notice);
    symlinkSync(join(dir, 'weg.yaml'), join(dir, 'link.yaml'));
    const inputs = [dir, join(dir, 'elders', '005-notice.yaml')];
    const kept = await build(inputs, { outDir: join(dir, 'out-a'), formats: ['html', 'md'], cache: false });
    const streamed: Diagnostic[] = [];
    const handed = await build(inputs, { outDir: join(dir, 'out-b'), formats: ['html', 'md'], cache: false, onFindings: (found) => streamed.push(...found) });
    expect(kept.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['placeholder-text', 'yaml-syntax', 'unknown-rule', 'output-conflict', 'input-skipped']));
    expect(streamed).toEqual(kept.diagnostics);
    expect([handed.diagnostics, handed.completeness]).toEqual([[], []]);
    expect(handed.written.length).toBe(kept.written.length);
    expect(handed.skipped).toEqual(kept.skipped);
    // The same in one thread (`--jobs 1`), and the same outputs.
    const alone: Diagnostic[] = [];
    await build(inputs, { outDir: join(dir, 'out-c'), formats: ['html', 'md'], cache: false, jobs: 1, onFindings: (found) => alone.push(...found) });
    expect(alone).toEqual(kept.diagnostics);
    for (const name of readdirSync(join(dir, 'out-a'))) expect(readFileSync(join(dir, 'out-c', name)), name).toEqual(readFileSync(join(dir, 'out-a', name)));
  }, 60_000);

  test('the pool keeps no result once it is handed over', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const pool = workerPool(2)!;
    expect(pool).toBeDefined();
    const task = { file: 'minimal.yaml', text: notice, config: defaultConfig, review: false, final: false, formats: ['html' as const], keepModel: false, configKey: '' };
    const results: WeakRef<object>[] = [];
    try {
      for (let i = 0; i < 40; i++) results.push(new WeakRef(await pool.run(task)));
    } finally {
      await pool.close();
    }
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(results.filter((result) => result.deref() !== undefined).length).toBeLessThan(3);
  }, 60_000);
});
