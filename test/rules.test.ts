import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { rules } from '../src/rules/index.js';

/**
 * Every rule has test/rules/<id>/fail.yaml and pass.yaml. In fail.yaml, each line where the rule must report ends
 * with `# expect: <id>`; the rule must report exactly those lines. In pass.yaml it must report nothing, and an
 * art. 13/14 rule must find its item present there (so the passing case is not vacuous).
 */
const expectedLines = (text: string, id: string) =>
  text.split('\n').flatMap((line, index) => (line.includes(`# expect: ${id}`) ? [index + 1] : []));

const reportedLines = (text: string, file: string, id: string) => {
  const compiled = compileDocument({ file, text });
  const schemaErrors = compiled.diagnostics.filter((d) => d.ruleId.startsWith('schema-') || d.ruleId.startsWith('yaml-'));
  expect(schemaErrors, `${file} must be schema-valid`).toEqual([]);
  return { compiled, lines: compiled.diagnostics.filter((d) => d.ruleId === id && d.severity !== 'info').map((d) => d.line) };
};

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  const dir = `test/rules/${id}`;

  test('has a failing and a passing fixture', () => {
    expect(existsSync(`${dir}/fail.yaml`) && existsSync(`${dir}/pass.yaml`)).toBe(true);
  });

  test('reports exactly the lines marked in fail.yaml', () => {
    const text = readFileSync(`${dir}/fail.yaml`, 'utf8');
    const expected = expectedLines(text, id);
    expect(expected.length).toBeGreaterThan(0);
    expect(reportedLines(text, `${dir}/fail.yaml`, id).lines.sort((a, b) => a - b)).toEqual(expected);
  });

  test('reports nothing in pass.yaml', () => {
    const { compiled, lines } = reportedLines(readFileSync(`${dir}/pass.yaml`, 'utf8'), `${dir}/pass.yaml`, id);
    expect(lines).toEqual([]);
    if (rule.item) expect(compiled.items.find((i) => i.ruleId === id)?.status).toBe('aanwezig');
  });

  test('has metadata: description in Dutch and English, a legal reference', () => {
    expect(rule.description.nl.length).toBeGreaterThan(20);
    expect(rule.description.en.length).toBeGreaterThan(20);
    expect(rule.reference).not.toBe('');
  });
});

test('no fixture folder without a rule', () => {
  expect(readdirSync('test/rules').sort()).toEqual(rules.map((r) => r.id).sort());
});

test('x-privnote-ignore deep in a list silences a finding below it, and an unknown rule there is named at its place', () => {
  const text = readFileSync('test/fixtures/minimal.yaml', 'utf8').replace(
    '      basis: [{ basis: wettelijke-verplichting',
    [
      '      x-privnote-ignore: [{ placeholder-text: zo bedoeld }, { no-such-rule: x }]',
      '      items:',
      '        - name: Aanvraag van [datum]',
      '          basis: [{ basis: wettelijke-verplichting, law: Decreet lokaal bestuur van 22 december 2017 }]',
      '      basis: [{ basis: wettelijke-verplichting',
    ].join('\n'),
  );
  const { diagnostics } = compileDocument({ file: 'x.yaml', text });
  expect(diagnostics.filter((d) => d.ruleId === 'placeholder-text')).toMatchObject([
    { severity: 'info', line: 19, path: ['purposes', 'items', 0, 'items', 0, 'name'], message: expect.stringContaining('zo bedoeld') },
  ]);
  expect(diagnostics.filter((d) => d.ruleId === 'unknown-rule')).toMatchObject([
    { severity: 'error', line: 17, path: ['purposes', 'items', 0, 'x-privnote-ignore', 1, 'no-such-rule'] },
  ]);
});
