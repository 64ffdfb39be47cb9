// A git repository with `revisions` commits of one example, each a small edit, for measuring privnote as a textconv.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function exampleHistory(dir, root, revisions) {
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.email', 'bench@privnote.invalid');
  git('config', 'user.name', 'bench');
  copyFileSync(join(root, 'examples', 'privnote.config.yaml'), join(dir, 'privnote.config.yaml'));
  writeFileSync(join(dir, '.gitattributes'), '*.yaml diff=privnote\n');
  const source = readFileSync(join(root, 'examples', 'groep-intro.yaml'), 'utf8');
  for (let i = 1; i <= revisions; i++) {
    // Each revision renames the notice: a change every rendered format shows.
    writeFileSync(join(dir, 'groep-intro.yaml'), source.replace(/^title: (.*)$/m, (_, title) => `title: ${title} (${i})`));
    git('add', '-A');
    git('commit', '-q', '-m', `revision ${i}`);
  }
  return dir;
}
