import type { Path } from '../load/source-map.js';
import type { Document, LegalBasisCode, Protocol, Statement } from '../model/input.js';

export type RuleSeverity = 'error' | 'warning';

/** What a rule reports: where in the document (a JSON path) and what is wrong. The runner adds the rest. */
export interface Finding {
  path: Path;
  message: string;
}

export type Report = (finding: Finding) => void;

export interface RuleContext {
  doc: Document;
  /** The document as a privacy statement, or undefined for a protocol. */
  statement?: Statement;
  protocol?: Protocol;
  /** Every legal basis the statement uses, with where it is written. */
  bases: { basis: LegalBasisCode; path: Path }[];
  /** Every string in the document, with its path (free text, names, contact details). */
  strings: { value: string; path: Path }[];
}

export interface Rule {
  id: string;
  /** Default severity; `privnote.config.yaml` may change it or turn the rule off. */
  severity: RuleSeverity;
  description: { nl: string; en: string };
  /** The provision the rule checks, e.g. `AVG art. 13.2.a`. */
  reference: string;
  /** Set when the rule is a matter of judgement: why, in one sentence. */
  judgement?: string;
  /** The art. 13/14 item this rule stands for in the completeness report. */
  item?: string;
  /** False when the rule does not apply to this document ("niet van toepassing" in the report). */
  applies?: (context: RuleContext) => boolean;
  /** Reports what is wrong; returns where the item was found, for the completeness report. */
  check: (context: RuleContext, report: Report) => Path | void;
}

export const defineRule = (rule: Rule): Rule => rule;

/** For the art. 13/14 rules: they concern privacy statements, not protocols. */
export const isStatement = (context: RuleContext): boolean => context.statement !== undefined;
