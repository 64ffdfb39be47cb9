import { msg, said } from '../messages/message.js';
import type { Config } from '../config/config.js';
import type { Diagnostic, ItemStatus } from '../diagnostics.js';
import { locate, locateFinding, pointer, type Path, type SourceMap } from '../load/source-map.js';
import type { Document } from '../model/input.js';
import { IGNORE_KEY, ruleContext } from './context.js';
import { ruleIds, rules, unknownRule } from './index.js';
import { dependsOnCut, watchReads } from './reads.js';
import type { Finding } from './rule.js';
import type { Pruned } from '../validate/prune.js';

export interface RuleResult {
  diagnostics: Diagnostic[];
  items: ItemStatus[];
}

/**
 * Runs every rule on a schema-valid document. Severity comes from the config (or the rule's default);
 * `x-privnote-ignore` in a mapping silences a rule for that node and below, and the reason stays in the report.
 * A rule that throws becomes a finding, not a crash.
 *
 * A document with schema errors is checked as `pruned` (src/validate/prune.ts): `doc` is then what is left of it. A
 * rule that read where a part was cut keeps only its findings in other items of the same list (the other purposes);
 * one that fails there is skipped: a part that is invalid is not a part that is missing.
 */
export function runRules(doc: Document, sourceMap: SourceMap, file: string, config: Config, pruned?: Pruned): RuleResult {
  const diagnostics: Diagnostic[] = [];
  const items: ItemStatus[] = [];
  const original = pruned?.original ?? ((path: Path) => path);
  const ignores = collectIgnores(doc, sourceMap, file, diagnostics, original);
  const watched = pruned && watchReads(pruned);
  const context = ruleContext((watched?.document ?? doc) as Document, doc, pruned?.cutStrings);
  const at = (path: Path, offset?: number) => {
    const where = original(path);
    return { file, ...((offset !== undefined && sourceMap.within(where, offset)) || locateFinding(sourceMap, where)), path: where };
  };
  const dueToCut = (path: Path) => [...(watched?.reads.values() ?? [])].some((read) => dependsOnCut(original(path), read));

  for (const rule of rules) {
    watched?.reads.clear();
    const severity = config.rules[rule.id] ?? rule.severity;
    const found: Finding[] = [];
    let applies: boolean | 'niet vermeld' = true;
    let evidence: Path | void = undefined;
    try {
      applies = severity === 'off' || (rule.applies?.(context) ?? true);
      if (severity !== 'off' && applies === true) evidence = rule.check(context, (finding) => found.push(finding));
    } catch (error) {
      if (!pruned) diagnostics.push({ ...at([]), severity: 'error', ruleId: 'internal', ...said(msg('rules.failed', { id: rule.id, reason: (error as Error).message })) });
      continue;
    }
    if (severity === 'off' || applies !== true) {
      if (rule.item) items.push({ ruleId: rule.id, item: rule.item, status: severity === 'off' ? 'uit' : applies === false ? 'n.v.t.' : 'niet vermeld' });
      continue;
    }
    const findings = watched ? found.filter((finding) => !dueToCut(finding.path)) : found;
    let reported: Diagnostic | undefined;
    let ignoredReason: string | undefined;
    let hinted: Path | undefined;
    const configured = config.rules[rule.id];
    for (const finding of findings) {
      const reason = ignoredBy(ignores, finding.path, rule.id);
      const weight = finding.severity === 'info' ? 'info' : (configured ?? finding.severity ?? rule.severity);
      const diagnostic: Diagnostic = reason
        ? { ...at(finding.path, finding.offset), severity: 'info', ruleId: rule.id, ...said(msg('rules.ignored', { finding: finding.message, reason })) }
        : { ...at(finding.path, finding.offset), severity: weight as Diagnostic['severity'], ruleId: rule.id, ...said(finding.message) };
      diagnostics.push(diagnostic);
      if (reason) ignoredReason ??= reason;
      else if (weight === 'info') hinted ??= finding.path; // a hint: the item is there, in free text
      else reported ??= diagnostic;
    }
    evidence ??= hinted;
    if (rule.item) {
      if (reported) items.push({ ruleId: rule.id, item: rule.item, status: 'ontbreekt', line: reported.line });
      else if (ignoredReason) items.push({ ruleId: rule.id, item: rule.item, status: 'genegeerd', reason: ignoredReason });
      else items.push({ ruleId: rule.id, item: rule.item, status: 'aanwezig', line: evidence ? at(evidence).line : undefined });
    }
  }
  return { diagnostics, items };
}

type Ignores = Map<string, Map<string, string>>;

/** `x-privnote-ignore: [{ rule-id: reden }]` anywhere: pointer of the mapping → rule → reason. */
function collectIgnores(doc: unknown, sourceMap: SourceMap, file: string, diagnostics: Diagnostic[], original: (path: Path) => Path): Ignores {
  const ignores: Ignores = new Map();
  // One path, grown and shrunk on the way (every node of the document is visited; few have an ignore).
  const path: Path = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        path.push(index);
        visit(item);
        path.pop();
      });
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== IGNORE_KEY) {
        path.push(key);
        visit(value);
        path.pop();
        continue;
      }
      const rulesHere = new Map<string, string>();
      (value as Record<string, string>[]).forEach((entry, index) => {
        for (const [ruleId, reason] of Object.entries(entry)) {
          if (ruleIds.includes(ruleId)) rulesHere.set(ruleId, reason);
          else {
            const entryPath = original([...path, IGNORE_KEY, index, ruleId]);
            diagnostics.push({
              file, ...locate(sourceMap, entryPath, true), path: entryPath, severity: 'error', ruleId: 'unknown-rule',
              ...said(unknownRule(ruleId)),
            });
          }
        }
      });
      ignores.set(pointer(path), rulesHere);
    }
  };
  visit(doc);
  return ignores;
}

function ignoredBy(ignores: Ignores, path: Path, ruleId: string): string | undefined {
  for (let length = path.length; length >= 0; length--) {
    const reason = ignores.get(pointer(path.slice(0, length)))?.get(ruleId);
    if (reason) return reason;
  }
  return undefined;
}
