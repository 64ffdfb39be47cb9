import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempDir } from './cli-helpers.js';

/** A notice with one rule finding (no withdrawal of consent), to see a finding in either language. */
const notice = `title: Privacyverklaring
controller:
  entities:
    - name: Vzw De Linde
      email: info@delinde.be
purposes:
  items:
    - name: Nieuwsbrief
      basis: [{ basis: toestemming }]
`;

describe('messages a user can act on, reproduced with the CLI', () => {
  test('privnote.config.yaml given as a notice is said to be the config, not asked for a title', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privnote.config.yaml'), '');
    const run = await runCli(['check', join(dir, 'privnote.config.yaml')]);
    expect(run.stderr).toContain('is het configuratiebestand van privnote, geen verklaring');
    expect(run.stderr).not.toMatch(/title|controller/);
  });

  test('a config file whose top level is no mapping is asked for settings, not for a title', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privnote.config.yaml'), '- rules\n');
    writeFileSync(join(dir, 'nieuwsbrief.yaml'), notice);
    const run = await runCli(['check', join(dir, 'nieuwsbrief.yaml')]);
    expect(run.stderr).toContain('yaml-not-mapping  verwacht instellingen (sleutel: waarde) op het hoogste niveau, zoals rules, texts, templates en theme');
    expect(run.stderr).not.toContain('title en controller');
  });

  test('render <folder> says it is a folder and what to do', async () => {
    const run = await runCli(['render', tempDir()]);
    expect(run.stderr).toContain('dit is een map, geen YAML-bestand: geef een bestand in die map, of gebruik privnote build <map>');
    expect(run.code).toBe(1);
  });

  test('a usage error is Dutch, or English with --lang en or PRIVNOTE_LANG=en', async () => {
    const missing = join(tempDir(), 'geen.yaml');
    expect((await runCli(['check', missing])).stderr).toBe(`privnote: "${missing}" bestaat niet: kijk de naam en de map na (het pad is relatief aan de huidige map)\n`);
    expect((await runCli(['check', missing, '--lang', 'en'])).stderr).toMatch(/^privnote: ".*" does not exist: check the name/);
    expect((await runCli(['check', missing], { env: { PRIVNOTE_LANG: 'en' } })).stderr).toMatch(/does not exist/);
  });
});

describe('--lang en', () => {
  test("commander's usage errors are privnote's messages, in either language", async () => {
    expect((await runCli(['check', '--frob'])).stderr).toBe('privnote: onbekende optie "--frob": privnote --help toont de opties\n');
    expect((await runCli(['check', 'x.yaml', '-r', 'xml', '--lang', 'en'])).stderr).toBe(
      'privnote: -r, --reporter <name>: "xml" is not possible: choose from pretty, json, github, sarif\n',
    );
    expect((await runCli(['chek'])).stderr).toBe('privnote: onbekend commando "chek"; bedoelde je "check"?\n');
  });

  test('check prints the same findings and summary in English', async () => {
    const file = join(tempDir(), 'nieuwsbrief.yaml');
    writeFileSync(file, notice);
    const dutch = await runCli(['check', file]);
    const english = await runCli(['check', file, '--lang', 'en']);
    expect(dutch.stderr).toContain('consent-withdrawal  toestemming is een rechtsgrond');
    expect(dutch.stderr).toMatch(/\d+ fouten?, \d+ waarschuwingen? in 1 bestand\n$/);
    expect(english.stderr).toContain('consent-withdrawal  consent is a legal basis');
    expect(english.stderr).toMatch(/\d+ errors?, \d+ warnings? in 1 file\n$/);
    expect(english.stderr.split('\n').length).toBe(dutch.stderr.split('\n').length);
    expect(english.code).toBe(dutch.code);
  });

  test('json keeps the message id and parameters, and a cached build prints English too', async () => {
    const dir = tempDir();
    const file = join(dir, 'nieuwsbrief.yaml');
    writeFileSync(file, notice.replace('basis: [{ basis: toestemming }]', 'basis: [{ basis: overeenkomst }]\n      retention: 1 jaar'));
    mkdirSync(join(dir, 'cache'));
    // Only warnings, so the notice is built and its findings are cached.
    const rules = ['complaint-authority', 'recipients', 'right-access', 'right-erasure', 'right-portability', 'right-rectification', 'right-restriction'];
    writeFileSync(join(dir, 'privnote.config.yaml'), `rules:\n${rules.map((id) => `  ${id}: warning\n`).join('')}`);
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const out = join(dir, 'out');
    const first = await runCli(['build', file, '-f', 'md', '-o', out, '--reporter', 'json'], { env });
    expect(first.stdout).toContain('"messageId": "rule.right.no-rights",\n          "params": {\n            "name": "recht op inzage"');
    const cached = await runCli(['build', file, '-f', 'md', '-o', out, '--lang', 'en'], { env });
    expect(cached.stdout).toContain('0 built, 1 current (cached)');
    expect(cached.stderr).not.toMatch(/ niet | geen /);
    expect(cached.stderr).toMatch(/warning|error/);
  });

  test.each([[[]], [['build']], [['check']], [['diff']], [['render']], [['watch']], [['init']]])('the help of %j is Dutch, and English with --lang en', async (command) => {
    const dutch = await runCli([...command, '--help']);
    expect(dutch.stdout).toContain('Gebruik: privnote');
    expect(dutch.stdout).toContain('Opties:');
    expect(dutch.stdout).not.toMatch(/Usage:|Options:|Commands:|Arguments:|\[options\]|\(default:|\(choices:|display help|output the version/);
    // Every description line (after the flags, two spaces in) is Dutch: none of the English words a sentence needs.
    const english = /\b(the|and|to|with|when|every|print|write|show|build|rebuild|check|serve|file|files|notice|notices)\b/i;
    const descriptions = dutch.stdout.split('\n').filter((line) => /^ {2}\S/.test(line) && !line.trimStart().startsWith('$')).map((line) => line.replace(/^\s+\S.*?\s{2,}/, ''));
    expect(descriptions.filter((line) => english.test(line))).toEqual([]);
    const en = await runCli(['--lang', 'en', ...command, '--help']);
    expect(en.stdout).toContain('Usage: privnote');
    expect(en.stdout).toContain('Options:');
  });
});
