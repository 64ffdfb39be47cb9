import type { Path } from '../load/source-map.js';
import type { Document, LegalBasisCode, Protocol, Statement } from '../model/input.js';
import { basesOf } from '../model/legal.js';
import type { RuleContext } from './rule.js';

/** Inline suppressions are written under this key in any mapping. */
export const IGNORE_KEY = 'x-privnote-ignore';

/**
 * What the rules read. `plain` is the same document unwatched (src/rules/reads.ts): its strings are judged one by one,
 * so reading them all is no read of a part that was cut; `cuts` are the document's paths of those parts. The bases are read anew by each rule that asks, so a rule
 * that draws a conclusion from them is seen to read them.
 */
export function ruleContext(doc: Document, plain: Document = doc, cuts: Path[] = []): RuleContext {
  const statement = doc.kind === 'protocol' ? undefined : (doc as Statement);
  return {
    doc,
    statement,
    protocol: statement ? undefined : (doc as Protocol),
    get bases() {
      return statement ? basesOf(statement) : [];
    },
    strings: collectStrings(plain, []),
    cutUnder: (path) => cuts.some((cut) => path.every((part, i) => cut[i] === part)),
  };
}

export const usesBasis = (context: RuleContext, ...codes: LegalBasisCode[]) =>
  context.bases.find((use) => codes.includes(use.basis));

/**
 * The document's own wording of standard texts (`texts:`, a label such as `labels.kbo: Ondernemingsnummer`) says
 * nothing about the processing, and its keys are no fields: the rules read the texts of the document's fields only.
 * `texts:` is checked against the standard texts instead (src/model/text-overrides.ts).
 */
const TEXTS_KEY = 'texts';

function collectStrings(value: unknown, path: Path): RuleContext['strings'] {
  if (typeof value === 'string') return [{ value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== IGNORE_KEY && !(path.length === 0 && key === TEXTS_KEY))
      .flatMap(([key, item]) => collectStrings(item, [...path, key]));
  }
  return [];
}
