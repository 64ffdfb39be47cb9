import type { Path } from '../load/source-map.js';
import type { Document, LegalBasisCode, Protocol, Statement } from '../model/input.js';
import { basesOf } from '../model/legal.js';
import type { RuleContext } from './rule.js';

/** Inline suppressions are written under this key in any mapping. */
export const IGNORE_KEY = 'x-privnote-ignore';

/**
 * What the rules read. `plain` is the same document unwatched (src/rules/reads.ts): its strings are judged one by one,
 * so reading them all is no read of a part that was cut; `cutStrings` are the strings of those parts. The bases are
 * read anew by each rule that asks, so a rule that draws a conclusion from them is seen to read them.
 */
export function ruleContext(doc: Document, plain: Document = doc, cutStrings: RuleContext['cutStrings'] = []): RuleContext {
  const statement = doc.kind === 'protocol' ? undefined : (doc as Statement);
  return {
    doc,
    statement,
    protocol: statement ? undefined : (doc as Protocol),
    get bases() {
      return statement ? basesOf(statement) : [];
    },
    strings: collectStrings(plain, []),
    cutStrings,
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

/** Every string of the document with its path, in document order; one list filled in one walk. */
function collectStrings(value: unknown, path: Path, out: RuleContext['strings'] = []): RuleContext['strings'] {
  if (typeof value === 'string') out.push({ value, path });
  else if (Array.isArray(value)) value.forEach((item, index) => collectStrings(item, [...path, index], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key !== IGNORE_KEY && !(path.length === 0 && key === TEXTS_KEY)) collectStrings(item, [...path, key], out);
    }
  }
  return out;
}
