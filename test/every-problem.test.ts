import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { load } from '../src/load/load.js';
import { pruneInvalid } from '../src/validate/prune.js';
import { printedDiagnostics, runCli, tempDir } from './cli-helpers.js';

/** One schema error (`none: ja`) and three rule findings: a KBO check digit, an e-mail address, a right left out. */
const FIXTURE = 'test/fixtures/every-problem.yaml';
const EXPECTED = [
  { line: 5, ruleId: 'kbo-number' },
  { line: 21, ruleId: 'schema-type' },
  { line: 25, ruleId: 'right-erasure' },
  { line: 30, ruleId: 'email-address' },
];
const shown = (diagnostics: { line: number; ruleId: string }[]) => diagnostics.map(({ line, ruleId }) => ({ line, ruleId }));

/** The minimal notice with `edit` applied to its text; its rule findings by rule id and path. */
const MINIMAL = readFileSync('test/fixtures/minimal.yaml', 'utf8');
const findings = (text: string) =>
  compileDocument({ file: 'notice.yaml', text }).diagnostics.map((d) => `${d.ruleId} ${(d.path ?? []).join('.')}`);

describe('one run shows every problem', () => {
  test('a schema error and three rule findings: all four, in position order, and no model', () => {
    const compiled = compileDocument({ file: FIXTURE, text: readFileSync(FIXTURE, 'utf8') });
    expect(shown(compiled.diagnostics)).toEqual(EXPECTED);
    expect(compiled.model).toBeUndefined();
  });

  test.each([['pretty'], ['json'], ['github']])('check reports all four with the %s reporter', async (reporter) => {
    const { code, stdout, stderr } = await runCli(['check', FIXTURE, '--reporter', reporter]);
    expect(code).toBe(1);
    const ids = EXPECTED.map((d) => d.ruleId);
    const printed = `${stdout}${stderr}`;
    const positions = ids.map((id) => printed.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('build reports all four and writes nothing', async () => {
    const out = tempDir();
    const { code, stderr } = await runCli(['build', FIXTURE, '-o', out, '-f', 'md,html']);
    expect(code).toBe(1);
    expect(shown(printedDiagnostics(stderr))).toEqual(EXPECTED);
    expect(readdirSync(out)).toEqual([]);
  });

  test('render prints the YAML as it is, and one line: the schema error that stopped it, of four errors', async () => {
    const { stdout, stderr } = await runCli(['render', FIXTURE]);
    expect(stderr).toMatch(/^privnote: test\/fixtures\/every-problem\.yaml:21: [^\n]* \(4 fouten: getoond als YAML\)\n$/);
    expect(stdout).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(existsSync(join(tempDir(), 'notice.md'))).toBe(false);
  });
});

test('pruning: an item without a required field is cut, its parent list is shorter, and paths map back', () => {
  const text = MINIMAL.replace('    - name: Dienstverlening aan burgers\n', '    - basis: [{ basis: toestemming }]\n    - name: Dienstverlening aan burgers\n');
  const pruned = pruneInvalid(load(text, 'notice.yaml').data)!;
  const purposes = (pruned.document as { purposes: { items: { name: string }[] } }).purposes.items;
  expect(purposes.map((p) => p.name)).toEqual(['Dienstverlening aan burgers']);
  expect(pruned.original(['purposes', 'items', 0, 'basis'])).toEqual(['purposes', 'items', 1, 'basis']);
  expect(pruned.cut.get(purposes)).toEqual([['purposes', 'items', 0]]);
  expect(pruneInvalid(load('- een lijst\n', 'notice.yaml').data)).toBeUndefined();
});

test('the theme is checked too: a schema error does not hide too little contrast', () => {
  const text = `${MINIMAL.replace('  transfers: { none: true }', '  transfers: { none: ja }')}style: { theme: { accent: "#ffcc00" } }\n`;
  expect(findings(text)).toEqual(expect.arrayContaining(['schema-type recipients.transfers.none', 'theme style.theme.accent']));
});

describe('a rule whose input is invalid is skipped for that part only', () => {
  const twoPurposes = (secondBasis: string) =>
    MINIMAL.replace(
      '      basis: [{ basis: wettelijke-verplichting, law: Decreet lokaal bestuur van 22 december 2017 }]\n',
      `      basis: [{ basis: gerechtvaardigd-belang }]\n    - name: Nieuwsbrief\n      basis: ${secondBasis}\n`,
    );

  test('a purpose whose basis has the wrong type is not checked; the other purpose is', () => {
    const valid = findings(twoPurposes('[{ basis: gerechtvaardigd-belang }]'));
    expect(valid).toContain('legitimate-interest purposes.items.0.basis.0');
    expect(valid).toContain('legitimate-interest purposes.items.1.basis.0');
    const broken = findings(twoPurposes('gerechtvaardigd-belang'));
    expect(broken).toContain('schema-type purposes.items.1.basis');
    expect(broken).toContain('legitimate-interest purposes.items.0.basis.0');
    expect(broken.filter((f) => f.includes('purposes.items.1') && !f.startsWith('schema-'))).toEqual([]);
  });

  test('a schema error in recipients does not silence the rights', () => {
    const text = MINIMAL.replace('  transfers: { none: true }', '  transfers: { none: ja }').replace('  automated: { used: false }', '  items: [{ right: inzage }]');
    const found = findings(text);
    expect(found).toContain('schema-type recipients.transfers.none');
    expect(found).toEqual(expect.arrayContaining(['right-rectification rights.items', 'right-erasure rights.items', 'right-restriction rights.items']));
  });

  test('an unknown key that names no field hides nothing; one that may be a misspelt field hides what depends on it', () => {
    const rights = MINIMAL.replace('  automated: { used: false }', '  items: [{ right: inzage }]');
    const valid = findings(rights).filter((f) => !f.startsWith('schema-'));
    expect(valid).toContain('right-erasure rights.items');
    // A key of its own (`intro`) at the top: every rule finding stays.
    const intro = findings(`${rights}\nintro: Welkom\n`);
    expect(intro).toContain('schema-unknown-key intro');
    expect(intro.filter((f) => !f.startsWith('schema-'))).toEqual(valid);
    // `rigths` may be `rights`: a finding that says a right is missing may be due to it, and is left out.
    const typo = findings(rights.replace(/^rights:/m, 'rigths:'));
    expect(typo).toContain('schema-unknown-key rigths');
    expect(typo.some((f) => f.startsWith('right-'))).toBe(false);
  });

  test('a text that may say consent can be withdrawn, written wrong: no "nergens staat" finding', () => {
    const consent = (text: string) =>
      MINIMAL.replace('basis: wettelijke-verplichting, law: Decreet lokaal bestuur van 22 december 2017', 'basis: toestemming').replace('  automated: { used: false }', `  automated: { used: false }\n  items: [{ right: inzage }]\n${text}`);
    const ids = (text: string) => compileDocument({ file: 'notice.yaml', text: consent(text) }).diagnostics.filter((d) => d.ruleId === 'consent-withdrawal').map((d) => d.severity);
    expect(ids('  text: Je kunt je toestemming altijd intrekken.')).toEqual(['info']);
    expect(ids('  text: [Je kunt je toestemming altijd intrekken.]')).toEqual([]);
    expect(ids('')).toEqual(['error']);
  });

  const ADDRESS = '      address: { street: Marktplein 1, postalCode: "3000", city: Leuven }\n      email: privacy@testgemeente.be\n';
  const RETENTION = 'retention:\n  text: We bewaren je gegevens 10 jaar na het afsluiten van je dossier.\n';
  const SOURCES = 'sources:\n  from:\n    - { name: van jou, dataSubject: true }\n';
  const RIGHTS = (wissing: string) => `  items: [{ right: inzage }, { right: verbetering }, ${wissing}{ right: beperking }]`;
  // Each case: the part written wrong, and the part left out; only the second may say it is missing.
  test.each([
    ['contact details', 'controller-identity', ADDRESS, '      email: 42\n', ''],
    ['a right', 'right-erasure', '  automated: { used: false }', RIGHTS('{ right: wissingg }, '), RIGHTS('')],
    ['a retention period', 'retention', RETENTION, 'retention:\n  text: 10\n', ''],
    ['the complaint authority', 'complaint-authority', 'authorities: [{ authority: gba }]', 'authorities: [{ authority: [gba] }]', 'authorities: [{ authority: vtc }]'],
    ['the sources', 'data-origin', SOURCES, 'sources:\n  from:\n    - { dataSubject: true }\n', ''],
  ])('%s written wrong is invalid, not missing: no %s finding', (_, ruleId, part, invalid, absent) => {
    expect(MINIMAL).toContain(part);
    const wrong = findings(MINIMAL.replace(part, invalid));
    expect(wrong.some((f) => f.startsWith('schema-'))).toBe(true);
    expect(wrong.filter((f) => f.startsWith(`${ruleId} `))).toEqual([]);
    expect(findings(MINIMAL.replace(part, absent)).some((f) => f.startsWith(`${ruleId} `))).toBe(true);
  });
});
