import type { SectionId } from '../generated/sections.js';
import type { Address, ContactPoint, LegalBasisCode, Purpose, Statement } from './input.js';
import { organisationView, withAddressLine, type OrganisationView } from './model.js';
import { authorities } from './authorities.js';
import { dutchDate, textsOf, type Texts } from './texts.js';

/** What a template gets for each section: the section as written, with labels, standard texts and numbers resolved. */
type Written<K extends SectionId> = NonNullable<Statement[K]>;
type WithAddress<T> = T & { addressLine?: string };

export type ContactView = WithAddress<ContactPoint>;

export interface PurposeView extends Purpose {
  number?: number;
  basis?: (NonNullable<Purpose['basis']>[number] & { label: string; article: string; text: string; phrase: string })[];
  showBasis: boolean;
}

export interface PurposeGroup {
  phrase: string;
  article: string;
  items: PurposeView[];
}

type SpecialProcessing = NonNullable<Written<'specialProcessings'>['items']>[number];
export type SpecialProcessingView = SpecialProcessing & { heading: string };
type RightItem = NonNullable<Written<'rights'>['items']>[number];
type Authority = NonNullable<Written<'complaints'>['authorities']>[number];

export interface SectionViews {
  controller: Omit<Written<'controller'>, 'entities' | 'others'> & {
    entities: OrganisationView[];
    others?: { organisation: OrganisationView; text?: string }[];
    /** The DPO's contact details, here when there is no contact section. */
    dpo?: ContactView;
  };
  data: Omit<Written<'data'>, 'special'> & { special?: NonNullable<Written<'data'>['special']> & { groundTexts?: string[] } };
  purposes: Omit<Written<'purposes'>, 'items'> & { items: PurposeView[]; compact: boolean; groups?: PurposeGroup[] };
  legalBases: Omit<Written<'legalBases'>, 'items'> & {
    items?: (NonNullable<Written<'legalBases'>['items']>[number] & { number?: number; label: string; article: string; text?: string })[];
  };
  rights: Omit<Written<'rights'>, 'items' | 'exercise'> & {
    items: (RightItem & { label: string; article: string })[];
    exercise?: Omit<NonNullable<Written<'rights'>['exercise']>, 'contact'> & { contact?: ContactView };
  };
  specialProcessings: Omit<Written<'specialProcessings'>, 'items'> & { items: SpecialProcessingView[] };
  complaints: Omit<Written<'complaints'>, 'authorities'> & {
    authorities?: WithAddress<Authority & { name: string; address?: Address; phone?: string; email?: string; website?: string; complaintUrl?: string }>[];
  };
  changes: Omit<Written<'changes'>, 'log'> & { log?: (NonNullable<Written<'changes'>['log']>[number] & { dateText: string })[] };
  contact: Omit<Written<'contact'>, 'contacts'> & { contacts: ContactView[] };
}

export type ViewOf<K extends SectionId> = K extends keyof SectionViews ? SectionViews[K] : Written<K>;
type Views = { [K in SectionId]: (doc: Statement, order: readonly string[]) => ViewOf<K> };

/** A section that the templates render as written. */
const asWritten = <K extends SectionId>(id: K) => (doc: Statement) => ({ ...doc[id] }) as ViewOf<K>;

/** One function per section: its content for the templates. */
export const sectionViews: Views = {
  introduction: asWritten('introduction'),
  definitions: asWritten('definitions'),
  principles: asWritten('principles'),
  controller: (doc, order) => {
    const c = doc.controller;
    // The DPO's contact details must be somewhere (AVG art. 13.1.b): without a contact section, they go here.
    const dpo = !order.includes('contact') && doc.dpo ? withAddressLine({ label: textsOf(doc).labels.dpo, ...doc.dpo }) : undefined;
    return {
      ...c,
      dpo,
      entities: c.entities.map(organisationView),
      others: c.others?.map((other) => ({ ...other, organisation: organisationView(other.organisation) })),
    };
  },
  data: (doc) => {
    const special = doc.data?.special;
    const grounds = textsOf(doc).specialGrounds;
    return { ...doc.data, special: special && { ...special, groundTexts: special.grounds?.map((ground) => `${grounds[ground]!.label} (${grounds[ground]!.article})`) } };
  },
  sources: asWritten('sources'),
  storage: asWritten('storage'),
  purposes: (doc) => {
    const purposes = doc.purposes!;
    const grouped = purposes.groupByBasis ?? false;
    const t = textsOf(doc);
    const items = purposes.items.map((purpose, index) => purposeView(t, purpose, purposes.numbered ? index + 1 : undefined, grouped));
    // Purposes that are only a name read best as a plain list, as organisations publish them.
    const compact = purposes.items.every((purpose) => Object.keys(purpose).every((key) => key === 'name' || key === 'id'));
    return { ...purposes, items, compact: compact && !grouped, groups: grouped ? groupByBasis(items, purposes.groupHeadings ?? {}) : undefined };
  },
  legalBases: (doc) => {
    const bases = doc.legalBases!;
    const t = textsOf(doc).legalBases;
    return {
      ...bases,
      items: bases.items?.map((item, index) => ({
        ...item,
        number: bases.numbered ? index + 1 : undefined,
        label: item.label ?? t[item.basis]!.label,
        article: t[item.basis]!.article,
        // An organisation that words the basis itself does not get the standard explanation added.
        text: item.text ?? (item.label ? undefined : t[item.basis]!.text),
      })),
    };
  },
  legalFramework: asWritten('legalFramework'),
  recipients: asWritten('recipients'),
  protocols: asWritten('protocols'),
  retention: asWritten('retention'),
  security: asWritten('security'),
  rights: (doc) => {
    const rights = doc.rights!;
    const t = textsOf(doc).rights;
    const items = rights.items ?? textsOf(doc).defaultRights.map((right) => ({ right }) as RightItem);
    return {
      ...rights,
      items: items.map((item) => ({ ...item, label: t[item.right]!.label, article: t[item.right]!.article, text: item.text ?? t[item.right]!.text })),
      exercise: rights.exercise && { ...rights.exercise, contact: rights.exercise.contact && withAddressLine(rights.exercise.contact) },
    };
  },
  specialProcessings: (doc) => {
    const special = doc.specialProcessings!;
    return { ...special, items: (special.items ?? []).map((item) => ({ ...item, heading: item.heading ?? textsOf(doc).specialProcessings[item.type]! })) };
  },
  changes: (doc) => {
    const changes = doc.changes!;
    return { ...changes, log: changes.log?.map((entry) => ({ ...entry, dateText: dutchDate(entry.date) })) };
  },
  dataBreach: asWritten('dataBreach'),
  complaints: (doc) => {
    const complaints = doc.complaints!;
    // The name is a standard text; the contact details come from templates/data/authorities.yaml, verified ones only.
    const names = textsOf(doc).authorities;
    return {
      ...complaints,
      authorities: complaints.authorities?.map((ref) => withAddressLine({ name: names[ref.authority]!.name, ...authorities()[ref.authority], ...ref })),
    };
  },
  contact: (doc) => {
    const contact = doc.contact ?? {};
    const dpo = (contact.showDpo ?? true) && doc.dpo ? [{ label: textsOf(doc).labels.dpo, ...doc.dpo }] : [];
    return { ...contact, contacts: [...dpo, ...(contact.contacts ?? [])].map(withAddressLine) };
  },
  disclaimer: asWritten('disclaimer'),
};

function purposeView(t: Texts, purpose: Purpose, number: number | undefined, grouped: boolean): PurposeView {
  const basis = purpose.basis?.map((use) => ({ ...use, ...t.legalBases[use.basis]! }));
  // Under a group heading that already names the one basis, repeating it per purpose is noise.
  const basisShownByGroup = grouped && basis?.length === 1 && !basis[0]!.appliesTo && !basis[0]!.note;
  return { ...purpose, number, basis, showBasis: Boolean(basis?.length) && !basisShownByGroup };
}

/** A phrase as a heading: its first letter a capital ("ij" as one letter, as Dutch writes it: "IJ"). */
export const capitalised = (phrase: string): string =>
  phrase.startsWith('ij') ? `IJ${phrase.slice(2)}` : phrase.charAt(0).toLocaleUpperCase('nl-BE') + phrase.slice(1);

/** Groups purposes under their first legal basis, in order of first appearance. */
function groupByBasis(items: PurposeView[], headings: Partial<Record<LegalBasisCode, string>>): PurposeGroup[] {
  const groups = new Map<string, PurposeGroup>();
  for (const item of items) {
    const first = item.basis?.[0];
    const key = first?.basis ?? '';
    // The standard phrase stands as a heading here, so it starts with a capital; the author's own heading as written.
    const phrase = (first && headings[first.basis]) ?? capitalised(first?.phrase ?? '');
    if (!groups.has(key)) groups.set(key, { phrase, article: first?.article ?? '', items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.values()];
}
