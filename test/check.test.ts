import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { parseConfig } from '../src/config/config.js';
import { rulesDocsDir } from '../src/docs/links.js';

/** Runs the CLI in-process with captured streams. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const NOTICE = 'test/fixtures/config/notice.yaml';

describe('configuration and inline ignores', () => {
  test('the nearest privnote.config.yaml sets severities; an ignore silences a rule with its reason', async () => {
    const { code, stderr } = await run('check', NOTICE);
    expect(code).toBe(0);
    expect(stderr).toContain(
      `${NOTICE}:17:1  info  automated-decisions  niet vermeld of er geautomatiseerde besluitvorming of profilering is: neemt de organisatie besluiten die alleen op geautomatiseerde verwerking berusten? Zeg het in \`rights.automated\` (\`used: true\` of \`false\`) (genegeerd: we nemen geen geautomatiseerde besluiten; de zin volgt in de volgende versie)`,
    );
    expect(stderr).not.toContain('statutory-requirement');
    expect(stderr).toContain('0 fouten, 0 waarschuwingen, 1 info in 1 bestand');
  });

  test('--config replaces the nearest config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privnote-config-'));
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  statutory-requirement: error\n');
    const { code, stderr } = await run('check', NOTICE, '--config', join(dir, 'strict.yaml'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/ {2}error {2}statutory-requirement {2}/);
  });

  test('config problems are diagnostics in the config file, with suggestions', () => {
    const { diagnostics } = parseConfig('rules:\n  kbo-nummer: off\n  retention: strict\n', 'privnote.config.yaml');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '2:3 unknown-rule onbekende regel "kbo-nummer"; bedoelde je "kbo-number"?',
      '3:14 config ongeldige waarde "strict": schrijf `error`, `warning` of `off`',
    ]);
    const unknown = parseConfig('rules:\n  kbo-nummer: off\n', 'privnote.config.yaml').diagnostics;
    expect(unknown).toMatchObject([{ line: 2, column: 3, ruleId: 'unknown-rule', message: 'onbekende regel "kbo-nummer"; bedoelde je "kbo-number"?' }]);
  });

  test('an unknown rule in x-privnote-ignore is an error with a suggestion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privnote-ignore-'));
    const file = join(dir, 'notice.yaml');
    writeFileSync(file, readFileSync(NOTICE, 'utf8').replace('[automated-decisions:', '[automated-decision:'));
    const { code, stderr } = await run('check', file, '--config', 'test/fixtures/config/privnote.config.yaml');
    expect(code).toBe(1);
    expect(stderr).toContain('unknown-rule  onbekende regel "automated-decision"; bedoelde je "automated-decisions"?');
  });
});

test('build runs the same rules: an error stops that document, a warning does not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'privnote-rules-build-'));
  const minimal = readFileSync('test/fixtures/minimal.yaml', 'utf8');
  writeFileSync(join(dir, 'no-complaints.yaml'), minimal.replace(/complaints:\n.*\n/, ''));
  writeFileSync(join(dir, 'no-obligation.yaml'), minimal.replace(/ {2}obligation: .*\n/, ''));
  const { code, stderr, stdout } = await run('build', dir, '-o', join(dir, 'out'), '-f', 'md');
  expect(code).toBe(1);
  expect(stderr).toMatch(/no-complaints\.yaml:1:1 {2}error {2}complaint-authority {2}/);
  expect(stderr).toMatch(/no-obligation\.yaml:\d+:\d+ {2}warning {2}statutory-requirement {2}/);
  expect(stdout).toContain(`geschreven: ${join(dir, 'out', 'no-obligation.md')}\n`);
  expect(stdout).not.toContain('no-complaints.md');
});

describe('reporters and exit codes', () => {
  test('json: a stable, documented shape on stdout', async () => {
    const { code, stdout } = await run('check', 'test/fixtures/unknown-key.yaml', '--reporter', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      version: 1, errorCount: 1, warningCount: 0, infoCount: 0,
      files: [{
        file: 'test/fixtures/unknown-key.yaml', errorCount: 1, warningCount: 0, infoCount: 0,
        diagnostics: [{
          line: 5, column: 7, severity: 'error', ruleId: 'schema-unknown-key',
          message: 'onbekend veld "emial"; bedoelde je "email"?', messageId: 'schema.unknown-typo', params: { key: 'emial', typo: 'email' },
          path: ['controller', 'entities', 0, 'emial'],
          url: join(rulesDocsDir, 'schema-unknown-key.md'),
        }],
      }],
    });
  });

  test('github: workflow annotations with escaped properties', async () => {
    const { stdout } = await run('check', 'test/fixtures/unknown-key.yaml', '--reporter', 'github');
    expect(stdout).toBe(
      '::error file=test/fixtures/unknown-key.yaml,line=5,col=7,title=privnote schema-unknown-key::onbekend veld "emial"; bedoelde je "email"?\n',
    );
  });

  test('--max-warnings: more warnings than allowed is exit 1, as in eslint', async () => {
    const lenient = await run('check', 'examples/groep-intro.yaml');
    expect(lenient.code).toBe(0);
    const strict = await run('check', 'examples/groep-intro.yaml', '--max-warnings', '0');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/te veel waarschuwingen: \d+ \(--max-warnings 0\): los ze op, of verhoog --max-warnings/);
  });
});

describe('completeness report', () => {
  test('check --report writes a table: art. 13/14 items by document, with the place found', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'privnote-report-')), 'volledigheid.md');
    const { code } = await run('check', 'examples/groep-intro.yaml', 'examples/ocmw-leuven.yaml', '--report', out);
    expect(code).toBe(0);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('| Onderdeel | Regel | groep-intro.yaml | ocmw-leuven.yaml |');
    expect(report).toMatch(/\| 13\.2\.f Geautomatiseerde besluitvorming en profilering \| `automated-decisions` \| ✗ ontbreekt \(r\. \d+\) \| ✗ ontbreekt \(r\. \d+\) \|/);
    expect(report).toMatch(/\| 13\.1\.b Contactgegevens van de functionaris voor gegevensbescherming \| `dpo-contact` \| – n\.v\.t\. \| ✓ aanwezig \(r\. \d+\) \|/);
  });

  test('the HTML report is a page of its own', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'privnote-report-')), 'volledigheid.html');
    await run('check', 'examples/provincie-limburg-plot.yaml', '--report', out);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<td class="missing">✗ ontbreekt (r. ');
  });

  test('build --review appends the table to the notice', async () => {
    const out = mkdtempSync(join(tmpdir(), 'privnote-review-'));
    await run('build', 'examples/groep-intro.yaml', '-o', out, '-f', 'md', '--review');
    expect(readFileSync(join(out, 'groep-intro.md'), 'utf8')).toContain('## Bijlage voor nazicht: volledigheid (AVG art. 13 en 14)');
  });

  test('--report needs .html or .md', async () => {
    const { code, stderr } = await run('check', NOTICE, '--report', 'x.pdf');
    expect(code).toBe(2);
    expect(stderr).toBe('privnote: --report verwacht een bestand dat op .html of .md eindigt, niet "x.pdf": kies een van beide\n');
  });
});

test('an empty config file (or one of comments only) sets nothing and is no error', () => {
  for (const text of ['', '\n', '# alleen uitleg\n# nog een regel\n']) expect(parseConfig(text, 'privnote.config.yaml')).toMatchObject({ diagnostics: [], config: { rules: {} } });
});
