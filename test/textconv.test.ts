import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawnCli, tempDir } from './cli-helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'privnote.js');
const NOTICE = readFileSync('examples/groep-intro.yaml', 'utf8');

/** Edits a reader sees, one per revision after the first: a title, a category of data, a retention term, the title again, a version date. */
const EDITS: ((text: string) => string)[] = [
  (t) => t.replace(/^title: .*$/m, 'title: Privacyverklaring voor deelnemers'),
  (t) => t.replace(/^( +)- name: /m, '$1- name: Nieuw doeleinde\n$1- name: '),
  (t) => t.replace('binnen een jaar na het einde', 'binnen twee jaar na het einde'),
  (t) => t.replace(/^title: .*$/m, 'title: Privacyverklaring voor klanten'),
  (t) => t.replace(/^version:\n/m, 'version:\n  date: 2024-05-01\n'),
];

/** A repository with the examples' config in its root and `notice.yaml` in one commit per revision; the texts of the revisions. */
function history(): { repo: string; revisions: string[]; git: (...args: string[]) => string } {
  const repo = tempDir('privnote-textconv-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  copyFileSync('examples/privnote.config.yaml', join(repo, 'privnote.config.yaml'));
  writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=privnote\n');
  git('config', 'diff.privnote.textconv', `${process.execPath} ${BIN} render`);
  const revisions = EDITS.reduce((texts, edit) => [...texts, edit(texts.at(-1)!)], [NOTICE]);
  for (const [i, text] of revisions.entries()) {
    expect(text, `edit ${i} changes the notice`).not.toBe(revisions[i - 1]);
    writeFileSync(join(repo, 'notice.yaml'), text);
    git('add', '.');
    git('commit', '-qm', `v${i + 1}`);
  }
  return { repo, revisions, git };
}

/** The Markdown `privnote render` prints for a notice in the repository's working tree, as it is found there. */
async function rendered(repo: string, text: string): Promise<string> {
  writeFileSync(join(repo, 'notice.yaml'), text);
  const run = await spawnCli(['render', 'notice.yaml'], { cwd: repo });
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^# /m);
  return run.stdout;
}

describe('privnote render as git textconv driver', () => {
  test('git log -p shows the rendered Markdown of every revision, without a source line, and nothing on stderr', async () => {
    const { repo, revisions } = history();
    const log = spawnSync('git', ['log', '-p', '--reverse', '--format=commit %s', '--', 'notice.yaml'], { cwd: repo, encoding: 'utf8' });
    expect(log.stderr).toBe('');
    expect(log.status).toBe(0);
    expect(log.stdout).not.toContain('gemaakt met privnote');
    const patches = log.stdout.split(/^commit v\d+\n/m).slice(1);
    expect(patches).toHaveLength(revisions.length);
    const markdown: string[] = [];
    for (const text of revisions) markdown.push(await rendered(repo, text));
    for (const [i, patch] of patches.entries()) {
      const lines = patch.split('\n').filter((line) => !/^(diff |index |--- |\+\+\+ |@@ |new file)/.test(line));
      const added = lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1));
      const removed = lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
      const now = markdown[i]!.split('\n');
      if (i === 0) expect(added).toEqual(now.slice(0, -1));
      else {
        expect(added.length + removed.length, `revision ${i + 1} shows a change`).toBeGreaterThan(0);
        expect(added.filter((l) => !now.includes(l)), `revision ${i + 1}`).toEqual([]);
        expect(removed.filter((l) => !markdown[i - 1]!.split('\n').includes(l)), `revision ${i + 1}`).toEqual([]);
      }
    }
  });

  test('privnote.config.yaml, which the same *.yaml pattern hands to privnote, shows as it is, without a word on stderr', () => {
    const { repo } = history();
    const log = spawnSync('git', ['log', '-p', '--', 'privnote.config.yaml'], { cwd: repo, encoding: 'utf8' });
    expect(log.stderr).toBe('');
    const config = readFileSync('examples/privnote.config.yaml', 'utf8').split('\n').filter(Boolean);
    expect(log.stdout.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).map((line) => line.slice(1))).toEqual(expect.arrayContaining(config));
  });

  test('rule findings, errors too, do not stop the rendering: only a document the schema rejects shows as YAML, with one line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'n.yaml'), NOTICE); // without the examples' config: kbo-number and two more are errors
    const check = await spawnCli(['check', join(dir, 'n.yaml')], { cwd: dir });
    expect(check.stderr).toMatch(/ error {2}kbo-number /);
    const run = await spawnCli(['render', join(dir, 'n.yaml')], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# Privacyverklaring voor klanten-deelnemers$/m);
    expect(run.stdout).toContain('ONTWERP'); // the draft mark comes from the rules: they still run
    expect((await spawnCli(['render', join(dir, 'n.yaml')], { cwd: dir })).stdout).toBe(run.stdout);

    const broken = NOTICE.replace(/^title: .*\n/m, '');
    writeFileSync(join(dir, 'n.yaml'), broken);
    const fallback = await spawnCli(['render', join(dir, 'n.yaml')], { cwd: dir });
    expect(fallback.code).toBe(0);
    expect(fallback.stdout).toBe(broken);
    expect(fallback.stderr.split('\n')).toEqual([expect.stringMatching(/^privnote: .*n\.yaml:\d+: .*title.*YAML\)$/), '']);
  });
});

describe('the config of a temporary copy outside the working tree', () => {
  /** A project folder with a config, and a copy of its notice elsewhere (as git hands a blob to textconv). */
  function project(config: string): { root: string; copy: string } {
    const root = tempDir('privnote-project-');
    writeFileSync(join(root, 'privnote.config.yaml'), config);
    const blob = join(tempDir('git-blob-'), 'n.yaml');
    writeFileSync(blob, NOTICE);
    return { root, copy: blob };
  }

  test('the config above the working directory is honoured; --config and PRIVNOTE_CONFIG name one', async () => {
    const { root, copy } = project('rules:\n  version-date: off\n');
    const elsewhere = tempDir();
    expect((await spawnCli(['render', copy], { cwd: elsewhere })).stdout).toContain('ONTWERP');
    mkdirSync(join(root, 'sub'));
    for (const cwd of [root, join(root, 'sub')]) {
      const run = await spawnCli(['render', copy], { cwd });
      expect(run.stderr).toBe('');
      expect(run.stdout, cwd).not.toContain('ONTWERP');
    }
    const config = join(root, 'privnote.config.yaml');
    expect((await spawnCli(['render', copy, '--config', config], { cwd: elsewhere })).stdout).not.toContain('ONTWERP');
    expect((await spawnCli(['render', copy], { cwd: elsewhere, env: { PRIVNOTE_CONFIG: config } })).stdout).not.toContain('ONTWERP');
    const missing = await spawnCli(['render', copy], { cwd: elsewhere, env: { PRIVNOTE_CONFIG: join(elsewhere, 'geen.yaml') } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('PRIVNOTE_CONFIG');
  });

  test('a house style: its templates and texts, relative to the config, apply to the copy', async () => {
    const root = join(process.cwd(), 'examples', 'huisstijl');
    const copy = join(tempDir('git-blob-'), 'n.yaml');
    copyFileSync(join(root, 'jeugdhuis-de-kelder.yaml'), copy);
    const run = await spawnCli(['render', copy], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('## Welke rechten heb je?');
    expect(run.stdout).toContain('Spring binnen aan de toog');
  });
});
