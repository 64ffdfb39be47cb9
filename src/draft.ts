import type { Diagnostic } from './diagnostics.js';
import { msg, said } from './messages/message.js';

/** The findings that make a document a draft: a template placeholder still in it, or a version without its date. */
const DRAFT_RULES = new Set(['placeholder-text', 'version-date']);

/** The findings of the draft rules that are reported (a rule switched off reports nothing; a hint is no finding). */
export const draftFindings = (diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.filter((d) => DRAFT_RULES.has(d.ruleId) && d.severity !== 'info');

/** `build --final` does not publish a draft: an error of the whole document, naming what is still open. */
export function refuseDraft(file: string, findings: Diagnostic[]): Diagnostic {
  const open = findings.map((d) => msg('draft.open', { ruleId: d.ruleId, line: d.line }));
  return {
    file, line: 0, column: 0, severity: 'error', ruleId: 'draft',
    ...said(msg('draft.final', { open })),
  };
}
