import type { Diagnostic } from '../diagnostics.js';
import { count } from './pretty.js';
import { printableJson } from './printable.js';

/**
 * The JSON report (`--reporter json`), version 1: stable keys, files in input order, diagnostics sorted by position.
 * `{ version, errorCount, warningCount, infoCount, files: [{ file, errorCount, warningCount, infoCount,
 *   diagnostics: [{ line, column, severity, ruleId, message, messageId, params, path, url }] }] }`: `message` in the run's
 *   language, `messageId` and `params` name it in src/messages/; `url` is the rule's page (docs/links.ts).
 */
export function jsonReport(files: readonly string[], diagnostics: readonly Diagnostic[]): string {
  const counts = (ds: readonly Diagnostic[]) => ({
    errorCount: count(ds, 'error'),
    warningCount: count(ds, 'warning'),
    infoCount: count(ds, 'info'),
  });
  const reported = [...new Set([...files, ...diagnostics.map((d) => d.file)])];
  const report = {
    version: 1,
    ...counts(diagnostics),
    files: reported.map((file) => {
      const own = diagnostics.filter((d) => d.file === file);
      return {
        file,
        ...counts(own),
        diagnostics: own.map(({ line, column, severity, ruleId, message, messageId, params, path = [], url }) => ({ line, column, severity, ruleId, message, messageId, params, path, url })),
      };
    }),
  };
  return `${printableJson(JSON.stringify(report, null, 2))}\n`;
}
