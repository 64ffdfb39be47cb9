import { join } from 'node:path';
import type { SectionId } from '../generated/sections.js';
import { parse } from 'yaml';
import { sha256 } from '../hash.js';
import { templatesDir } from '../paths.js';
import { precompiled } from '../precompiled.js';
import { fileResource } from '../resources.js';

interface Labelled {
  label: string;
  article: string;
  text: string;
}

/**
 * The standard Dutch texts (templates/texts/nl-BE.yaml). A project (privnote.config.yaml `texts:`) and a document
 * (`texts:`) override them piece by piece; a document also words a single item itself (`heading`, `label`, `text`).
 */
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

/** The texts file as written and resolved in both forms: a document picks one, no template chooses. */
export function standardTexts(text: string): Record<FormOfAddress, Texts> & { raw: Texts } {
  const raw = parse(text) as Texts;
  return { raw, je: resolved(raw, 'je'), u: resolved(raw, 'u') };
}

/**
 * The texts file read once per build, and made into texts at `npm run build` (scripts/precompile-texts.mjs): those
 * are used while the file's hash is the one they were made from, so a run parses no YAML of privnote's own.
 */
const builtIn = fileResource(join(templatesDir, 'texts', 'nl-BE.yaml'), (text) => {
  const ready = precompiled('texts') as { hash: string; texts: ReturnType<typeof standardTexts> } | undefined;
  return ready?.hash === sha256(text) ? ready.texts : standardTexts(text);
});

/** The standard texts as written in templates/texts/nl-BE.yaml, `{je|u}` choices and all: what overrides are checked against. */
export const writtenTexts = (): Texts => builtIn().raw;

/** The standard texts in the given form of address, every `{je|u}` choice made. */
export const textsFor = (form: FormOfAddress): Texts => builtIn()[form];

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

/**
 * Texts that replace standard ones: a partial mirror of the texts file (`{ labels: { basis: Grondslag } }`), written
 * in a project's privnote.config.yaml or a document's `texts:`. A text may hold `{je|u}` choices; `false` switches it
 * off (it becomes empty, so a template that guards it with `{{#if}}` prints nothing). Checked by `checkTextsOverride`.
 */
export type TextsOverride = { [key: string]: TextsOverride | string | false | string[] };

/** The overrides of the project (its config) each document was compiled with; see `withProjectTexts`. */
const projectTexts = new WeakMap<object, TextsOverride>();
const merged = new WeakMap<object, { base: Texts; texts: Texts }>();

/**
 * Gives a document its project's texts (privnote.config.yaml `texts:`): compiling a document says so once, before
 * its model is built, and every `textsOf(doc)` of the model then sees them beneath the document's own `texts:`.
 */
export function withProjectTexts<T extends object>(doc: T, overrides: TextsOverride | undefined): T {
  if (overrides && Object.keys(overrides).length > 0) projectTexts.set(doc, overrides);
  return doc;
}

/** `override` laid over `base` (both in one form of address): deep, a `false` an empty text, a mismatch ignored. */
function overlay<T>(base: T, override: unknown, form: FormOfAddress): T {
  if (override === undefined) return base;
  if (typeof base === 'string') return (override === false ? '' : typeof override === 'string' ? inForm(override, form) : base) as T;
  if (Array.isArray(base)) {
    const ok = Array.isArray(override) && override.length === base.length && override.every((item) => typeof item === 'string');
    return (ok ? (override as string[]).map((item) => inForm(item, form)) : base) as T;
  }
  if (typeof base !== 'object' || base === null || typeof override !== 'object' || override === null || Array.isArray(override)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) if (Object.hasOwn(out, key)) out[key] = overlay(out[key], value, form);
  return out as T;
}

/**
 * The standard texts as a document gets them: in its own form of address, with its project's overrides
 * (`withProjectTexts`) laid over the built-in texts and its own `texts:` over those (built-in ← project ← document).
 */
export function textsOf(doc: object): Texts {
  const form = formOfAddress(doc);
  const base = textsFor(form);
  const project = projectTexts.get(doc);
  const own = (doc as { texts?: unknown }).texts;
  if (!project && (typeof own !== 'object' || own === null)) return base;
  const seen = merged.get(doc);
  if (seen?.base === base) return seen.texts;
  const texts = overlay(overlay(base, project, form), own, form);
  merged.set(doc, { base, texts });
  return texts;
}

/** `2022-07-18` → `18 juli 2022` (with the months of a document's texts, when given). */
export function dutchDate(iso: string, months: readonly string[] = texts().months): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month! - 1]} ${year}`;
}
