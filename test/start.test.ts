import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { spawnCli, tempDir } from './cli-helpers.js';
import { installedCopy } from './helpers.js';

test('privnote runs from its bundle, and --debug traces an internal error to src/', async () => {
  const root = installedCopy();
  // Nothing of tsc's output but the loader: what runs can only be the bundle.
  const start = join(root, 'dist', 'src', 'cli', 'start.js');
  const loader = readFileSync(start);
  rmSync(join(root, 'dist', 'src'), { recursive: true });
  mkdirSync(join(root, 'dist', 'src', 'cli'), { recursive: true });
  writeFileSync(start, loader);
  const bin = join(root, 'bin', 'privnote.js');
  const notice = join(root, 'notice.yaml');
  cpSync('test/fixtures/minimal.yaml', notice);
  expect((await spawnCli(['check', notice], { bin })).code).toBe(0);

  writeFileSync(join(root, 'schemas', 'privacy-notice.schema.json'), '{');
  const quiet = await spawnCli(['check', notice], { bin });
  expect(quiet.stderr).not.toMatch(/\n\s+at /);
  const traced = await spawnCli(['check', '--debug', notice], { bin });
  expect(traced.code).toBe(2);
  expect(traced.stderr).toMatch(/^SyntaxError: /);
  expect(traced.stderr).toMatch(/\n\s+at .*[\\/]src[\\/]validate[\\/]validate\.ts:\d+:\d+\)\n/);
  expect(traced.stderr).not.toContain('privnote.cjs');
});

test('a command that loads a package on demand (puppeteer, for a PDF) runs from the code cache as from source', async () => {
  const env = { XDG_CACHE_HOME: tempDir() };
  const runs = [];
  for (const out of [tempDir(), tempDir()]) runs.push(await spawnCli(['build', 'test/fixtures/minimal.yaml', '-f', 'pdf', '-o', out, '-q'], { env }));
  expect(readdirSync(join(env.XDG_CACHE_HOME, 'privnote', 'code'))).toHaveLength(1);
  for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
});

/**
 * loadCached (dist/src/cli/start.js, which bin/privnote.js uses) in a process of its own, as each start is: V8 keeps
 * what it compiled in memory, so within one process a second load would not even look at the cache. Saves the cache.
 */
function load(file: string, cacheDir: string, variant: string): { cache: string; exports: unknown } {
  const start = pathToFileURL(join('dist', 'src', 'cli', 'start.js')).href;
  const script = `const { loadCached } = await import(${JSON.stringify(start)});
    const loaded = loadCached(...${JSON.stringify([file, cacheDir, variant])});
    loaded.save();
    console.log(JSON.stringify({ cache: loaded.cache, exports: loaded.exports }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { cache: string; exports: unknown };
}

test('the code cache is used only for the very file and command it was made for, and one V8 refuses costs nothing but time', () => {
  const dir = tempDir();
  const file = join(dir, 'bundle.cjs');
  const cache = join(dir, 'cache');
  writeFileSync(file, 'module.exports = { answer: 42, dir: __dirname };\n');
  expect(load(file, cache, 'render')).toEqual({ cache: 'none', exports: { answer: 42, dir } });
  expect(load(file, cache, 'render')).toEqual({ cache: 'used', exports: { answer: 42, dir } });
  // Another command has its own cache.
  expect(load(file, cache, 'build').cache).toBe('none');

  // A changed file (a new build of the bundle) finds no cache: the old one is never used for it, and goes.
  writeFileSync(file, 'module.exports = { answer: 43, dir: __dirname };\n');
  expect(load(file, cache, 'render')).toEqual({ cache: 'none', exports: { answer: 43, dir } });
  expect(readdirSync(cache).map((name) => name.split('-')[0]).sort()).toEqual(['build', 'render']);

  // Data V8 does not take (damaged, or of another V8) is refused, the file runs from source and the cache is made again.
  for (const made of readdirSync(cache)) writeFileSync(join(cache, made), 'not V8 code');
  expect(load(file, cache, 'render')).toEqual({ cache: 'rejected', exports: { answer: 43, dir } });
  expect(load(file, cache, 'render').cache).toBe('used');

  // A cache folder that cannot be made (a file stands in its way): the run goes on.
  const blocked = join(dir, 'blocked');
  writeFileSync(blocked, '');
  expect(load(file, join(blocked, 'cache'), 'render')).toEqual({ cache: 'none', exports: { answer: 43, dir } });
});
