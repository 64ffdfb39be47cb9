import type { Diagnostic } from '../diagnostics.js';
import { printable } from './printable.js';

/** Workflow commands escape %, CR and LF in the message, and also : and , in properties; other controls never get here. */
const escapeData = (s: string) => printable(s).replace(/%/g, '%25');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions annotations (`--reporter github`): one `::error file=…,line=…,col=…,title=…::message` per finding;
 * a finding about a whole file (line 0) has no line and column.
 */
export function githubReport(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const position = d.line > 0 ? `,line=${d.line},col=${d.column}` : '';
      return `::${LEVEL[d.severity]} file=${escapeProperty(d.file)}${position},title=${escapeProperty(`privnote ${d.ruleId}`)}::${escapeData(d.message)}\n`;
    })
    .join('');
}
