import { join } from 'node:path';
import type { SectionId } from '../generated/sections.js';
import { parse } from 'yaml';
import { templatesDir } from '../paths.js';
import { fileResource } from '../resources.js';

interface Labelled {
  label: string;
  article: string;
  text: string;
}

/** The standard Dutch texts (templates/texts/nl-BE.yaml); documents override them piece by piece. */
export interface Texts {
  months: string[];
  labels: Record<string, string>;
  /** Every section's standard heading, as a question and as a title (a test checks that no section lacks one). */
  sections: Record<SectionId, { vragen: string; titels: string }>;
  legalBases: Record<string, Labelled & { phrase: string }>;
  /** The exceptions of AVG art. 9.2, each as the words printed after "Uitzonderingsgrond" and its article. */
  specialGrounds: Record<string, { label: string; article: string }>;
  rights: Record<string, Labelled>;
  /** The names of the supervisory authorities; their contact details are in templates/data/authorities.yaml. */
  authorities: Record<string, { name: string }>;
  specialProcessings: Record<string, string>;
  protocol: { legalBasis: string; articles: Record<string, string> };
  /** The legal model (docs/legal-model.md): transfer mechanisms, art. 49 derogations, art. 14.5 exemptions. */
  transferMechanisms: Record<string, string>;
  transferDerogations: Record<string, string>;
  sourceExemptions: Record<string, string>;
  cookieCategories: Record<string, string>;
}

/**
 * How a notice addresses the reader (`style.formOfAddress`): `je` (the default) or `u`. Every standard text is written
 * once, with the words that differ as `{left|right}`: the left one for `je`, the right one for `u`
 * (`{je|u}`, `{jouw|uw}`, `{heb je|hebt u}`, `{Je kan|U kunt}`).
 */
export type FormOfAddress = 'je' | 'u';

const ALTERNATIVES = /\{([^{}|\n]*)\|([^{}|\n]*)\}/g;

/** One text in one form of address: every `{left|right}` replaced by the side that form takes. */
export const inForm = (text: string, form: FormOfAddress): string =>
  text.replace(ALTERNATIVES, (_, je: string, u: string) => (form === 'je' ? je : u));

/** Every string value of the texts in one form of address (keys are left alone). */
function resolved<T>(value: T, form: FormOfAddress): T {
  if (typeof value === 'string') return inForm(value, form) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => resolved(item, form)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolved(item, form)])) as T;
  }
  return value;
}

/** The texts file read once per build and resolved in both forms: a document picks one, no template chooses. */
const bothForms = fileResource(join(templatesDir, 'texts', 'nl-BE.yaml'), (text) => {
  const raw = parse(text) as Texts;
  return { je: resolved(raw, 'je'), u: resolved(raw, 'u') } satisfies Record<FormOfAddress, Texts>;
});

/** The standard texts in the given form of address, every `{je|u}` choice made. */
export const textsFor = (form: FormOfAddress): Texts => bothForms()[form];

/** The standard texts in the default form (`je`): for what belongs to no one document (PDF footer, diff labels). */
export const texts = (): Texts => textsFor('je');

/**
 * The document's form of address. `style.formOfAddress` is read here only, so the schema field can arrive without
 * anything else changing; whatever is not `u` is `je`.
 */
export function formOfAddress(doc: object): FormOfAddress {
  const style = (doc as { style?: { formOfAddress?: unknown } }).style;
  return style?.formOfAddress === 'u' ? 'u' : 'je';
}

/** The standard texts as a document gets them: in its own form of address. */
export const textsOf = (doc: object): Texts => textsFor(formOfAddress(doc));

/** `2022-07-18` → `18 juli 2022`. */
export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${texts().months[month! - 1]} ${year}`;
}
