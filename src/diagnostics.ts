import type { MessageId, Param } from './messages/message.js';

/** A finding about an input file: plain data, 1-based position, severity already decided. */
/** `info`: a finding silenced with `x-privnote-ignore`, shown with its reason, never failing a run. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the finding concerns the whole file (it cannot be read, or an output of it cannot be written). */
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  /** In Dutch; `messageId` and `params` print it in another language (src/messages/). */
  message: string;
  messageId?: MessageId;
  params?: Record<string, Param>;
  /** JSON path of the offending node in the document, when known. */
  path?: (string | number)[];
  /**
   * The page explaining `ruleId`: an absolute path in privnote's docs/rules/, or a URL under the config's `docs`. Set by
   * `build` and `check` (src/docs/links.ts).
   */
  url?: string;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** The order of files in a report. */
export const byFile = (a: string, b: string): number => a.localeCompare(b);

/** Stable order for reports: by file, then position, then rule. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      byFile(a.file, b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

/** How one art. 13/14 item fares in one document, for the completeness report. */
export interface ItemStatus {
  ruleId: string;
  item: string;
  /** `niet vermeld`: whether the item applies depends on a fact the document does not state. */
  status: 'aanwezig' | 'ontbreekt' | 'n.v.t.' | 'niet vermeld' | 'uit' | 'genegeerd';
  line?: number;
  reason?: string;
}
