import { describe, expect, test } from 'vitest';
import { text } from '../src/messages/message.js';
import { jsonReport } from '../src/report/json.js';
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

  test('under the findings, each rule id once with its page: relative inside the working directory, else as given', () => {
    const kbo = { ...finding, ruleId: 'kbo-number', url: '/opt/privnote/docs/rules/kbo-number.md' };
    const text = formatDiagnostics(
      [kbo, { ...kbo, line: 9 }, { ...finding, url: 'https://intranet.example.be/regels/schema-unknown-key.html' }],
      { cwd: '/opt/privnote' },
    );
    expect(text).toBe(
      'a.yaml:3:5  error  kbo-number  onbekend veld "x"\n' +
        'a.yaml:9:5  error  kbo-number  onbekend veld "x"\n' +
        'a.yaml:3:5  error  schema-unknown-key  onbekend veld "x"\n' +
        '\n' +
        'Uitleg per regel:\n' +
        '  kbo-number          docs/rules/kbo-number.md\n' +
        '  schema-unknown-key  https://intranet.example.be/regels/schema-unknown-key.html\n',
    );
    expect(formatDiagnostics([kbo], { cwd: '/home/jan' })).toContain('  kbo-number  /opt/privnote/docs/rules/kbo-number.md\n');
  });

  test('summary counts errors, warnings and files, in Dutch or English', () => {
    expect(text(summary({ error: 1, warning: 0, info: 0 }, 1))).toBe('1 fout, 0 waarschuwingen in 1 bestand');
    expect(text(summary({ error: 1, warning: 0, info: 0 }, 2), 'en')).toBe('1 error, 0 warnings in 2 files');
  });
});

describe('json reporter', () => {
  test('each diagnostic carries its page', () => {
    const url = '/opt/privnote/docs/rules/schema-unknown-key.md';
    const report = JSON.parse(jsonReport(['a.yaml'], [{ ...finding, url }]));
    expect(report.files[0].diagnostics).toEqual([{ line: 3, column: 5, severity: 'error', ruleId: 'schema-unknown-key', message: 'onbekend veld "x"', path: [], url }]);
  });
});
