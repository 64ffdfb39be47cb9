import { describe, expect, test } from 'vitest';
import { text } from '../src/messages/message.js';
import { codeFrame, formatDiagnostics, summary } from '../src/report/pretty.js';
import type { Diagnostic } from '../src/diagnostics.js';

const finding: Diagnostic = {
  file: 'a.yaml', line: 3, column: 5, severity: 'error', ruleId: 'schema-unknown-key', message: 'onbekend veld "x"',
};

describe('pretty reporter', () => {
  test('one line per finding: file:line:col  severity  rule  message', () => {
    expect(formatDiagnostics([finding, { ...finding, severity: 'warning', line: 1 }])).toBe(
      'a.yaml:3:5  error  schema-unknown-key  onbekend veld "x"\na.yaml:1:5  warning  schema-unknown-key  onbekend veld "x"\n',
    );
  });

  test('a code frame shows the line in context with a caret under the column', () => {
    expect(codeFrame('a: 1\nb:\n    x: 2\nc: 3\n', 3, 5)).toBe('  1 | a: 1\n  2 | b:\n> 3 |     x: 2\n    |     ^');
  });

  test('frames appear when sources are given (a terminal)', () => {
    const text = formatDiagnostics([finding], { sources: new Map([['a.yaml', 'a: 1\nb:\n    x: 2\n']]) });
    expect(text).toContain('> 3 |     x: 2');
  });

  test('summary counts errors, warnings and files, in Dutch or English', () => {
    expect(text(summary([finding], 1))).toBe('1 fout, 0 waarschuwingen in 1 bestand');
    expect(text(summary([finding], 2), 'en')).toBe('1 error, 0 warnings in 2 files');
  });
});
