import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { init, tarballName } from '../src/init/init.js';
import { packageRoot } from '../src/paths.js';
import { tempDir } from './cli-helpers.js';

const scaffold = async () => {
  const dir = tempDir();
  await init({ kind: 'statement', org: 'public', file: join(dir, 'privacyverklaring.yaml'), today: '2024-01-01' });
  return dir;
};

const schemaOf = (file: string) => /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1];

describe('privnote init: what it writes works in the repository it is written for', () => {
  test('the $schema comments resolve once privnote is installed beside the notice, not to the machine that ran init', async () => {
    const dir = await scaffold();
    const refs = [schemaOf(join(dir, 'privacyverklaring.yaml')), schemaOf(join(dir, 'privnote.config.yaml'))];
    for (const ref of refs) {
      expect(ref).toBeDefined();
      expect(isAbsolute(ref!)).toBe(false);
      expect(ref).not.toContain('..');
    }
    // `npm install <package>` puts it in node_modules/privnote (a folder install is a link there, as here).
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(packageRoot, join(dir, 'node_modules', 'privnote'));
    expect(readFileSync(resolve(dir, refs[0]!), 'utf8')).toBe(readFileSync(join(packageRoot, 'schemas', 'privacy-notice.schema.json'), 'utf8'));
    expect(readFileSync(resolve(dir, refs[1]!), 'utf8')).toBe(readFileSync(join(packageRoot, 'schemas', 'config.schema.json'), 'utf8'));
  });

  test('the workflow installs privnote from the package npm pack makes of it, not from a registry it is not in', async () => {
    const dir = await scaffold();
    const text = readFileSync(join(dir, '.github', 'workflows', 'privnote.yml'), 'utf8');
    const steps = (parse(text) as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs.check!.steps;
    const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
    const installs = runs.filter((run) => /^npm (install|i|ci)\b/.test(run));
    expect(installs).toEqual([`npm install --no-save --no-audit --no-fund ./vendor/${tarballName}`]);
    // Every privnote command runs the installed one; no step fetches privnote by name.
    const commands = runs.filter((run) => /\bprivnote\b/.test(run) && !installs.includes(run));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const run of commands) expect(run).toMatch(/^npx privnote (check|build) /);
    expect(commands.some((run) => run.endsWith('--check'))).toBe(true);
    // The comment says where the package comes from and how to make it.
    expect(text).toMatch(/^# privnote staat niet in het npm-register/m);
    expect(text).toContain('npm pack --pack-destination');
    expect(text).toContain(`vendor/${tarballName}`);

    // That package is what `npm pack` makes of privnote (dist/ built first by its prepack script), with the bundled CLI and schemas.
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string>; exports: Record<string, string> };
    expect(pkg.scripts.prepack).toBe('npm run build');
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageRoot, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    expect(packed!.filename).toBe(tarballName);
    const files = packed!.files.map((file) => file.path);
    for (const needed of [pkg.bin.privnote!, pkg.exports['.']!, 'dist/privnote.cjs', 'dist/src/cli/start.js', 'dist/worker.cjs', 'schemas/privacy-notice.schema.json', 'schemas/config.schema.json']) {
      expect(files).toContain(needed.replace(/^\.\//, ''));
    }
  });
});
