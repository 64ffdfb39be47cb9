import type { Path } from '../load/source-map.js';
import type { Statement } from './input.js';
import { basesOf, groundsOf, purposesOf, specialCategories } from './legal.js';

type RightItem = NonNullable<NonNullable<Statement['rights']>['items']>[number];
export type RightCode = RightItem['right'];

/** A right the statement's legal bases give, and what gives it (absent for the rights every data subject has). */
export interface ApplicableRight {
  right: RightCode;
  /** The basis, special category or purpose that makes the right apply. */
  because?: Path;
}

/**
 * The rights of the data subject that follow from the statement's legal bases (docs/legal-model.md, "Rights"), in the
 * standard order: access, rectification, erasure and restriction always (AVG art. 15–18); data portability when a
 * basis is consent or contract, or a special category rests on explicit consent (art. 20.1); objection when a basis
 * is a task in the public interest or a legitimate interest, or a purpose is direct marketing (art. 21.1–21.3);
 * withdrawal of consent when a basis is consent or a special category rests on explicit consent (art. 7.3).
 * A statement without its own `rights.items` lists these; the rules compare an own list with them.
 */
export function applicableRights(statement: Statement): ApplicableRight[] {
  const bases = basesOf(statement);
  const basis = (...codes: string[]) => bases.find((use) => codes.includes(use.basis))?.path;
  const explicitConsent = specialCategories(statement).find(({ category }) => groundsOf(category).includes('a'));
  const groundA = explicitConsent && [...explicitConsent.path, 'ground'];
  const directMarketing = purposesOf(statement).find(({ purpose }) => purpose.directMarketing === true);
  const marketing = directMarketing && [...directMarketing.path, 'directMarketing'];
  const conditional: [RightCode, Path | undefined][] = [
    ['overdraagbaarheid', basis('toestemming', 'overeenkomst') ?? groundA],
    ['bezwaar', basis('algemeen-belang', 'gerechtvaardigd-belang') ?? marketing],
    ['intrekking', basis('toestemming') ?? groundA],
  ];
  return [
    ...(['inzage', 'verbetering', 'wissing', 'beperking'] as const).map((right) => ({ right })),
    ...conditional.filter(([, because]) => because).map(([right, because]) => ({ right, because })),
  ];
}
