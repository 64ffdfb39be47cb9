import type { Path } from '../load/source-map.js';
import type { DataCategory, LegalBasisCode, Organisation, Purpose, SpecialGround, Statement } from './input.js';

/**
 * The facts of a statement that the law attaches consequences to, read from its structure only (never from its
 * wording): the legal bases it uses, its special categories of data with their art. 9.2 grounds, whether a controller
 * is a public body. The model prints from them and the rules check them, so both read them the same way.
 */

/**
 * Every purpose of the statement with where it is written, sub-purposes (`items`) after their purpose, and the
 * purpose it belongs to (`parent`, for a sub-purpose that rests on its purpose's basis).
 */
export function purposesOf(statement: Statement): { purpose: Purpose; path: Path; parent?: Purpose }[] {
  const found: { purpose: Purpose; path: Path; parent?: Purpose }[] = [];
  // Called some thirty times a notice (the rule of every right asks for the bases): no temporary objects.
  const visit = (purposes: Purpose[] | undefined, at: Path, parent?: Purpose) =>
    purposes?.forEach((purpose, i) => {
      const path = [...at, i];
      found.push(parent ? { purpose, path, parent } : { purpose, path });
      const items = purpose.items;
      if (items) visit(items, [...path, 'items'], purpose);
    });
  visit(statement.purposes?.items, ['purposes', 'items']);
  return found;
}

/** Every legal basis (AVG art. 6.1) the statement uses, per purpose and sub-purpose and in its list of bases, with where it is written. */
export function basesOf(statement: Statement): { basis: LegalBasisCode; path: Path }[] {
  const bases: { basis: LegalBasisCode; path: Path }[] = [];
  for (const { purpose, path } of purposesOf(statement)) {
    purpose.basis?.forEach((use, j) => bases.push({ basis: use.basis, path: [...path, 'basis', j, 'basis'] }));
  }
  statement.legalBases?.items?.forEach((item, i) => bases.push({ basis: item.basis, path: ['legalBases', 'items', i, 'basis'] }));
  return bases;
}

/** The art. 9.2 grounds of one category: `ground` is one letter, or a list when controllers rely on different grounds. */
export const groundsOf = (category: DataCategory): SpecialGround[] => (category.ground === undefined ? [] : [category.ground].flat());

/**
 * The special categories of data (AVG art. 9.1) the statement processes: those under `data.special` (unless it says
 * they are not processed) and the ordinary categories marked with a `type`, with where each is written.
 */
export function specialCategories(statement: Statement): { category: DataCategory; path: Path }[] {
  const data = statement.data;
  if (!data) return [];
  const found: { category: DataCategory; path: Path }[] = [];
  if (data.special?.processed !== false) data.special?.categories?.forEach((category, i) => found.push({ category, path: ['data', 'special', 'categories', i] }));
  data.categories?.forEach((category, i) => category.type && found.push({ category, path: ['data', 'categories', i] }));
  data.groups?.forEach((group, i) =>
    group.categories.forEach((category, j) => category.type && found.push({ category, path: ['data', 'groups', i, 'categories', j] })),
  );
  return found;
}

/** Every category of data the statement lists, in its order: ordinary ones, those in groups, the special ones. */
export function categoriesOf(statement: Statement): { category: DataCategory; path: Path }[] {
  const data = statement.data;
  if (!data) return [];
  return [
    ...(data.categories ?? []).map((category, i) => ({ category, path: ['data', 'categories', i] as Path })),
    ...(data.groups ?? []).flatMap((group, i) => group.categories.map((category, j) => ({ category, path: ['data', 'groups', i, 'categories', j] as Path }))),
    ...(data.special?.processed === false ? [] : data.special?.categories ?? []).map((category, i) => ({ category, path: ['data', 'special', 'categories', i] as Path })),
  ];
}

/** A public authority or body (AVG art. 6.1 last subparagraph, art. 37.1.a): a Flemish one or another. */
export const isPublicAuthority = (organisation: Organisation): boolean =>
  organisation.type === 'vlaamse-overheid' || organisation.type === 'overheid';
