import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../src/diagnostics.js';
import { docsLink } from '../src/docs/links.js';
import { privnoteVersion } from '../src/paths.js';
import { sarifReport } from '../src/report/sarif.js';
import { runCli, tempDir } from './cli-helpers.js';

/**
 * The official SARIF 2.1.0 schema (OASIS, errata 01), vendored unchanged from oasis-tcs/sarif-spec,
 * sarif-2.1/schema/sarif-schema-2.1.0.json at a560296ca8c921f3bdb8d4a8db57ab83dae968a7. It is written in JSON Schema
 * draft-04, which ajv 8 does not load; it uses no keyword whose meaning changed since, so it is compiled as draft-07
 * without its draft-04 `$schema` and `id`.
 */
const validateSarif = (() => {
  const { $schema: _draft04, id: _id, ...schema } = JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
})();

function expectValidSarif(text: string) {
  const log = JSON.parse(text);
  validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  return log;
}

const CWD = '/work/notices';
const at = (file: string, line: number, column: number, ruleId: string, severity: Diagnostic['severity'] = 'error'): Diagnostic =>
  ({ file, line, column, ruleId, severity, message: `melding van ${ruleId}`, url: docsLink(ruleId) });

const findings: Diagnostic[] = [
  at('a.yaml', 0, 0, 'read-error'),
  at('b.yaml', 3, 5, 'schema-unknown-key'),
  at('b.yaml', 7, 1, 'retention-period', 'warning'),
  at('b.yaml', 9, 2, 'automated-decisions', 'info'),
  at('notices 2026/c d.yaml', 1, 1, 'schema-unknown-key'),
  at('../elders/e.yaml', 2, 3, 'kbo-number'),
];

describe('SARIF reporter', () => {
  test('is valid SARIF 2.1.0 by the official schema, also without findings', () => {
    expectValidSarif(sarifReport(findings, { cwd: CWD }));
    expect(expectValidSarif(sarifReport([], { cwd: CWD })).runs[0].results).toEqual([]);
  });

  test('the schema check can fail: a result without a message is rejected', () => {
    const log = JSON.parse(sarifReport(findings, { cwd: CWD }));
    delete log.runs[0].results[0].message;
    expect(validateSarif(log)).toBe(false);
  });

  test('one run of privnote, with a descriptor per rule that has results, sorted by id', () => {
    const run = JSON.parse(sarifReport(findings, { cwd: CWD })).runs;
    expect(run).toHaveLength(1);
    const { driver } = run[0].tool;
    expect(driver).toMatchObject({ name: 'privnote', version: privnoteVersion, informationUri: expect.stringMatching(/^file:\/\/\/.*\/README\.md$/) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['automated-decisions', 'kbo-number', 'read-error', 'retention-period', 'schema-unknown-key']);
    const retention = driver.rules[3];
    expect(retention.shortDescription.text).toMatch(/^Een bewaartermijn die alleen "zo lang als nodig" zegt/);
    expect(retention.fullDescription.text).toMatch(/\(AVG art\. 13\.2\.a/);
    expect(retention.defaultConfiguration).toEqual({ level: 'warning' });
    expect(driver.rules[2].defaultConfiguration).toEqual({ level: 'error' });
    // helpUri is the page every other reporter links to, as a file: URL when it is a path.
    expect(fileURLToPath(retention.helpUri)).toBe(docsLink('retention-period'));
  });

  test('results: rule, index, level, message and a location relative to the working directory', () => {
    const { results, originalUriBaseIds, columnKind, tool } = JSON.parse(sarifReport(findings, { cwd: CWD })).runs[0];
    expect(originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/notices/' } });
    expect(columnKind).toBe('utf16CodeUnits');
    const ids = tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'warning', 'note', 'error', 'error']);
    expect(results[1]).toEqual({
      ruleId: 'schema-unknown-key',
      ruleIndex: 4,
      level: 'error',
      message: { text: 'melding van schema-unknown-key' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'b.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 } } }],
    });
    const location = (i: number) => results[i].locations[0].physicalLocation;
    // A finding about the whole file has no region.
    expect(location(0)).toEqual({ artifactLocation: { uri: 'a.yaml', uriBaseId: '%SRCROOT%' } });
    expect(location(4).artifactLocation).toEqual({ uri: 'notices%202026/c%20d.yaml', uriBaseId: '%SRCROOT%' });
    // A file outside the working directory cannot be relative to it: an absolute file: URL.
    expect(location(5).artifactLocation).toEqual({ uri: 'file:///work/elders/e.yaml' });
  });

  test('the same diagnostics give the same text; control characters of a message are escaped', () => {
    const hostile = { ...at('b.yaml', 1, 1, 'schema-unknown-key'), message: 'veld "a\u001b[2Jb\u2028"' };
    const text = sarifReport([...findings, hostile], { cwd: CWD });
    expect(sarifReport([...findings, hostile], { cwd: CWD })).toBe(text);
    expect(text).not.toMatch(/[\u001b\u2028]/);
    expect(JSON.parse(text).runs[0].results[6].message.text).toBe('veld "a\u001b[2Jb\u2028"');
  });
});

describe('--reporter sarif on the command line', () => {
  test('check: the SARIF log on stdout, nothing else, exit 1', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'test/fixtures/unknown-key.yaml', '--reporter', 'sarif']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const [result] = expectValidSarif(stdout).runs[0].results;
    expect(result).toMatchObject({
      ruleId: 'schema-unknown-key',
      level: 'error',
      message: { text: 'onbekend veld "emial"; bedoelde je "email"?' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'test/fixtures/unknown-key.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 7 } } }],
    });
  });

  test('build: findings of broken files, a rule finding and a skipped entry without a region', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tikfout.yaml'), readFileSync('test/fixtures/unknown-key.yaml'));
    writeFileSync(join(dir, 'geen-klacht.yaml'), readFileSync('test/fixtures/minimal.yaml', 'utf8').replace(/complaints:\n.*\n/, ''));
    mkdirSync(join(dir, 'map.yaml'));
    const { code, stdout } = await runCli(['build', dir, '--reporter', 'sarif', '-f', 'md', '-o', join(dir, 'out')]);
    expect(code).toBe(1);
    const { results, tool } = expectValidSarif(stdout).runs[0];
    expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
      'complaint-authority error',
      'input-skipped warning',
      'schema-unknown-key error',
    ]);
    expect(results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: `file://${join(dir, 'map.yaml')}` } });
    for (const rule of tool.driver.rules) expect(readFileSync(fileURLToPath(rule.helpUri), 'utf8')).toMatch(new RegExp(`^# ${rule.id}\n`));
  });

  test('build --check: the list of stale outputs goes to stderr, so stdout stays one SARIF log', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.yaml'), readFileSync('test/fixtures/minimal.yaml'));
    const { code, stdout, stderr } = await runCli(['build', join(dir, 'notice.yaml'), '--check', '--reporter', 'sarif', '-f', 'md', '-o', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(expectValidSarif(stdout).runs[0].results).toEqual([]);
    expect(stderr).toBe(`ontbreekt: ${join(dir, 'out', 'notice.md')}\n`);
  });
});
