import { describe, expect, test } from 'vitest';
import { load } from '../src/load/load.js';
import { locate } from '../src/load/source-map.js';

describe('load', () => {
  test('maps every node and key to its line and column', () => {
    const { data, sourceMap, diagnostics } = load('title: T\ncontroller:\n  entities:\n    - name: A\n', 'x.yaml');
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ title: 'T', controller: { entities: [{ name: 'A' }] } });
    expect(locate(sourceMap, ['controller', 'entities', 0, 'name'])).toEqual({ line: 4, column: 13 });
    expect(locate(sourceMap, ['controller', 'entities', 0, 'name'], true)).toEqual({ line: 4, column: 7 });
  });

  test('a missing path is located at its closest existing parent', () => {
    const { sourceMap } = load('title: T\ncontroller:\n  entities: []\n', 'x.yaml');
    expect(locate(sourceMap, ['controller', 'joint'])).toEqual({ line: 3, column: 3 });
  });

  test('reports a syntax error with its position and keeps going', () => {
    const { data, diagnostics } = load('title: [unclosed\nother: 1\n', 'x.yaml');
    expect(data).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: 'x.yaml', severity: 'error', ruleId: 'yaml-syntax' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
  });

  test('reports a duplicate key at the second occurrence', () => {
    const { diagnostics } = load('title: A\nkind: protocol\ntitle: B\n', 'x.yaml');
    expect(diagnostics).toMatchObject([{ ruleId: 'yaml-duplicate-key', line: 3, column: 1, message: expect.stringContaining('"title"') }]);
  });

  test.each([
    ['- a\n- b\n', 'a list'],
    ['just text\n', 'the scalar "just text"'],
    ['', 'an empty document'],
  ])('a top level that is not a mapping is a diagnostic: %j', (text, found) => {
    const { diagnostics } = load(text, 'x.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml-not-mapping', line: 1, column: 1 });
    expect(diagnostics[0]!.message).toContain(found);
  });

  test('stops an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [${Array(10).fill(i ? `*${'b'.repeat(i)}` : '*a').join(', ')}]`);
    const { data, diagnostics } = load(lines.join('\n'), 'bomb.yaml');
    expect(data).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml-alias', severity: 'error' });
  });

  test('a %YAML 1.1 directive does not turn "no" into false or dates into Date objects', () => {
    const { data } = load('%YAML 1.1\n---\ntitle: no\ndate: 2022-07-18\n', 'x.yaml');
    expect(data).toEqual({ title: 'no', date: '2022-07-18' });
  });
});

test('a nesting bomb is refused by load itself, so library callers with raw text are guarded too', () => {
  const { data, diagnostics } = load(`title: ${'['.repeat(200_000)}`, 'x.yaml');
  expect(data).toBeUndefined();
  expect(diagnostics).toMatchObject([{ ruleId: 'yaml-depth', line: 1, column: 1008 }]);
});
