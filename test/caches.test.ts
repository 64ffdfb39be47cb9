import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { spawnCli } from './cli-helpers.js';
import { installedCopy } from './helpers.js';

test('the precompiled validator and templates are not used once the schema or a template changed', async () => {
  const root = installedCopy();
  const bin = join(root, 'bin', 'privnote.js');
  const notice = join(root, 'notice.yaml');
  writeFileSync(notice, readFileSync('test/fixtures/minimal.yaml', 'utf8').replace(/^title: /m, 'legalReference: Decreet van 18 juli 2008\ntitle: '));
  const before = await spawnCli(['check', notice], { bin });
  expect(before.stderr).toMatch(/schema-unknown-key {2}onbekend veld "legalReference"/);

  const schemaPath = join(root, 'schemas', 'privacy-notice.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  schema.$defs.statement.properties.legalReference = { title: 'wettelijke verwijzing', description: 'Een test.', type: 'string' };
  writeFileSync(schemaPath, JSON.stringify(schema, null, 2));
  const after = await spawnCli(['check', notice], { bin });
  expect(after.stderr).not.toMatch(/schema-unknown-key/);
  expect(after.code).toBe(0);

  const template = join(root, 'templates', 'md', 'privacyverklaring.hbs');
  writeFileSync(template, `Sjabloon gewijzigd\n${readFileSync(template, 'utf8')}`);
  const rendered = await spawnCli(['render', notice], { bin });
  expect(rendered.stdout).toMatch(/^Sjabloon gewijzigd$/m);
});

test('a project\'s own partial is compiled from its source; every other template is still the precompiled one', async () => {
  const root = installedCopy();
  const bin = join(root, 'bin', 'privnote.js');
  // Mark the precompiled rights partial in the bundle, so that the output shows which one ran (its hash still matches the sources).
  const bundle = join(root, 'dist', 'privnote.cjs');
  const marked = readFileSync(bundle, 'utf8').replace('<ul class="rights">', '<ul class="rights precompiled">');
  expect(marked).toContain('rights precompiled');
  writeFileSync(bundle, marked);
  const project = join(root, 'project');
  mkdirSync(join(project, 'huisstijl', 'html', 'partials'), { recursive: true });
  writeFileSync(join(project, 'notice.yaml'), readFileSync('test/fixtures/minimal.yaml', 'utf8'));
  writeFileSync(join(project, 'privnote.config.yaml'), 'templates: ./huisstijl\n');
  writeFileSync(join(project, 'huisstijl', 'html', 'partials', 'version.hbs'), '<p class="huis">Eigen partial</p>\n');
  const rendered = await spawnCli(['render', '-f', 'html', join(project, 'notice.yaml')], { bin });
  expect(rendered.stderr).toBe('');
  expect(rendered.stdout).toContain('<p class="huis">Eigen partial</p>');
  expect(rendered.stdout).toContain('<ul class="rights precompiled">');
});
