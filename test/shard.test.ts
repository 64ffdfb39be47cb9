import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { inShard, parseShard } from '../src/shard.js';
import { runCli, tempDir } from './cli-helpers.js';

describe('build --shard part/count', () => {
  test('is written part/count, with the part from 1 to the count', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const wrong of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/3', '1/1001']) expect(() => parseShard(wrong), wrong).toThrow(/--shard verwacht deel\/aantal/);
  });

  test('puts every path in exactly one part, the same way every time, spread evenly', () => {
    const paths = Array.from({ length: 600 }, (_, i) => `verklaringen/dienst-${i}/privacy.yaml`);
    const count = 4;
    const parts = paths.map((path) => [1, 2, 3, 4].filter((index) => inShard(path, { index, count })));
    expect(parts.every((found) => found.length === 1)).toBe(true);
    expect(paths.map((path) => [1, 2, 3, 4].find((index) => inShard(path, { index, count })))).toEqual(parts.map(([index]) => index));
    for (const index of [1, 2, 3, 4]) expect(parts.filter(([part]) => part === index).length).toBeGreaterThan(600 / count / 2);
  });

  test('three parts build every notice once, under the name a whole build gives it, and check per part', async () => {
    const dir = tempDir('privnote-shard-');
    const sources = join(dir, 'notices');
    mkdirSync(sources);
    copyFileSync('examples/privnote.config.yaml', join(sources, 'privnote.config.yaml'));
    const examples = readdirSync('examples').filter((name) => name.endsWith('.yaml') && name !== 'privnote.config.yaml');
    for (let i = 0; i < 12; i++) copyFileSync(join('examples', examples[i % examples.length]!), join(sources, `${i}-${examples[i % examples.length]}`));
    const whole = await build([sources], { outDir: join(dir, 'whole'), formats: ['md'], cache: false });
    const built: string[] = [];
    for (const index of [1, 2, 3]) {
      const part = await build([sources], { outDir: join(dir, 'parts'), formats: ['md'], cache: false, shard: { index, count: 3 } });
      built.push(...part.files);
      expect((await build([sources], { outDir: join(dir, 'parts'), formats: ['md'], check: true, shard: { index, count: 3 } })).stale).toEqual([]);
    }
    expect([...built].sort()).toEqual([...whole.files].sort());
    expect(readdirSync(join(dir, 'parts')).filter((name) => name.endsWith('.md')).sort()).toEqual(readdirSync(join(dir, 'whole')).filter((name) => name.endsWith('.md')).sort());
  });

  test('a part that does not exist is a usage error', async () => {
    const run = await runCli(['build', 'examples', '--shard', '4/3', '-f', 'md', '-o', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--shard verwacht deel/aantal, bv. --shard 2/4, niet "4/3"');
  });
});
