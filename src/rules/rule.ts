import type { Message } from '../messages/message.js';
import type { Path } from '../load/source-map.js';
import type { Document, LegalBasisCode, Protocol, Statement } from '../model/input.js';

export type RuleSeverity = 'error' | 'warning';

/** What a rule reports: where in the document (a JSON path) and what is wrong. The runner adds the rest. */
export interface Finding {
  path: Path;
  message: Message;
  /** For a finding about a part of the text at `path` (a date in a paragraph): where that part starts in the text. */
  offset?: number;
  /**
   * When one rule finds problems of different weight (a fact not stated, a fact stated wrongly), the weight of this
   * one; else the rule's. A rule set in `privnote.config.yaml` has the configured severity for all its findings,
   * but an `info` (a hint from free text, never a problem) stays an `info`.
   */
  severity?: 'error' | 'warning' | 'info';
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
  /**
   * The strings of the parts left out for a schema error, with their paths in the document; none for a valid
   * document. A rule that concludes something is nowhere in `strings` looks here too: what was left out may say it.
   */
  cutStrings: { value: string; path: Path }[];
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
  /**
   * False when the rule does not apply to this document ("n.v.t." in the report); `'niet vermeld'` when whether it
   * applies depends on a fact the document does not state (another rule asks for that fact).
   */
  applies?: (context: RuleContext) => boolean | 'niet vermeld';
  /** Reports what is wrong; returns where the item was found, for the completeness report. */
  check: (context: RuleContext, report: Report) => Path | void;
}

export const defineRule = (rule: Rule): Rule => rule;

/** For the art. 13/14 rules: they concern privacy statements, not protocols. */
export const isStatement = (context: RuleContext): boolean => context.statement !== undefined;
