import type { SectionId } from '../generated/sections.js';
import type { Address, ContactPoint, DataCategory, LegalBasisCode, Purpose, Safeguard, Source, Statement } from './input.js';
import { groundsOf } from './legal.js';
import { applicableRights } from './rights.js';
import { addressLine, dposOf, organisationView, withContactLines, type ContactLines, type OrganisationView } from './model.js';
import { authorities } from './authorities.js';
import { ordinal, schemeOf, type Scheme } from './numbering.js';
import { dutchDate, textsOf, type Texts } from './texts.js';

/** What a template gets for each section: the section as written, with labels, standard texts and numbers resolved. */
type Written<K extends SectionId> = NonNullable<Statement[K]>;
type WithAddress<T> = T & ContactLines;

export type ContactView = WithAddress<ContactPoint>;

type BasisView = NonNullable<Purpose['basis']>[number] & { label: string; article: string; text: string; phrase: string; named: string };

export interface PurposeView extends Omit<Purpose, 'basis' | 'items'> {
  /** Its number in the section's numbering (`1`, `b`, `iv`), if the purposes are numbered. */
  number?: number | string;
  /** Each basis with its standard texts, and `named`: its name and article, and for whom it applies, as printed. */
  basis?: BasisView[];
  /** The bases printed with the purpose: not those its description already states (`inDescription`). */
  printedBasis: BasisView[];
  showBasis: boolean;
  /** Its sub-purposes, each with its own basis, data and retention. */
  items?: PurposeView[];
  /** Printed under a heading of its own (`purposes.asHeadings`), not as a list item. */
  heading: boolean;
  /** Its description on the line of its name ("Ledenadministratie: je inschrijving bijhouden."). */
  inline: boolean;
}

/**
 * A category of data with the texts of its own art. 9.2 ground(s) (a special category); `inline` when its
 * sub-categories are printed on its own line ("Identificatiegegevens: naam, voornaam").
 */
export type DataCategoryView = DataCategory & { groundTexts?: string[]; inline?: boolean };

/** Where the sections of a statement stand, and the one section that prints the DPO's contact details. */
export interface Placement {
  order: readonly string[];
  dpoIn: SectionId;
}

export interface PurposeGroup {
  phrase: string;
  article: string;
  items: PurposeView[];
}

type Processor = NonNullable<Written<'recipients'>['processors']>[number];
type Transfers = NonNullable<Written<'recipients'>['transfers']>;
type TransferItem = NonNullable<Transfers['items']>[number];

/**
 * Where data go outside the EEA: the country as written (`INT`: an international organisation) and the safeguard in
 * one phrase, its mechanism with the adequacy decision or the art. 49 derogation ("modelcontractbepalingen …").
 */
export interface TransferView {
  countryText?: string;
  summary?: string;
}

/** A processor; `agreementText` only when the document says whether there is a processing agreement (art. 28.3). */
export type ProcessorView = Omit<Processor, 'transfer'> & { agreementText?: string; countryText?: string; addressLine?: string; transfer?: Safeguard & TransferView };

/** A source: a text as written (the old form), or a named source that may say it is publicly accessible. */
export type SourceView = { markdown: string } | (Source & { publicText?: string });

type SpecialProcessing = NonNullable<Written<'specialProcessings'>['items']>[number];
export type SpecialProcessingView = SpecialProcessing & { heading: string; number?: number | string };
type RightItem = NonNullable<Written<'rights'>['items']>[number];
type Cookie = NonNullable<Written<'cookies'>['items']>[number];
type RightView = Omit<RightItem, 'number' | 'heading'> & { label: string; article: string; number?: number | string; ownNumber?: string };
type Authority = NonNullable<Written<'complaints'>['authorities']>[number];

export interface SectionViews {
  controller: Omit<Written<'controller'>, 'entities' | 'others' | 'contactPoint' | 'representative'> & {
    entities: OrganisationView[];
    contactPoint?: ContactView;
    representative?: ContactView;
    others?: { organisation: OrganisationView; text?: string }[];
    /** The DPO's contact details, when they are printed here (`Placement.dpoIn`): one, or the own and another's. */
    dpo?: ContactView[];
  };
  data: Omit<Written<'data'>, 'groups' | 'categories' | 'special'> & {
    groups?: (Omit<NonNullable<Written<'data'>['groups']>[number], 'categories'> & { categories: DataCategoryView[] })[];
    categories?: DataCategoryView[];
    special?: Omit<NonNullable<Written<'data'>['special']>, 'categories'> & {
      categories?: DataCategoryView[];
      /** The art. 9.2 ground(s) and law that every special category shares, printed once for all of them. */
      groundTexts?: string[];
      law?: string;
    };
  };
  purposes: Omit<Written<'purposes'>, 'items'> & { items: PurposeView[]; compact: boolean; asHeadings: boolean; groups?: PurposeGroup[] };
  sources: Omit<Written<'sources'>, 'from' | 'exemption'> & {
    from?: SourceView[];
    exemption?: NonNullable<Written<'sources'>['exemption']> & { groundText: string };
  };
  recipients: Omit<Written<'recipients'>, 'processors' | 'transfers'> & {
    processors?: ProcessorView[];
    transfers?: Omit<Transfers, 'items'> & { items?: (TransferItem & TransferView)[] };
  };
  legalBases: Omit<Written<'legalBases'>, 'items'> & {
    items?: (NonNullable<Written<'legalBases'>['items']>[number] & { number?: number | string; label: string; article: string; text?: string })[];
  };
  rights: Omit<Written<'rights'>, 'items' | 'exercise'> & {
    /** The DPO's contact details, when they are printed here (`Placement.dpoIn`): one, or the own and another's. */
    dpo?: ContactView[];
    items: RightView[];
    /** The right to object, presented apart from the other rights (AVG art. 21.4). */
    objection?: RightView;
    exercise?: Omit<NonNullable<Written<'rights'>['exercise']>, 'contact'> & { contact?: ContactView };
  };
  specialProcessings: Omit<Written<'specialProcessings'>, 'items'> & { items: SpecialProcessingView[] };
  cookies: Omit<Written<'cookies'>, 'items'> & { items?: (Cookie & { categoryText?: string })[] };
  complaints: Omit<Written<'complaints'>, 'authorities'> & {
    /** The DPO's contact details, when they are printed here (`Placement.dpoIn`): one, or the own and another's. */
    dpo?: ContactView[];
    authorities?: WithAddress<Authority & { name: string; address?: Address; phone?: string; email?: string; website?: string; complaintUrl?: string }>[];
  };
  changes: Omit<Written<'changes'>, 'log'> & { log?: (NonNullable<Written<'changes'>['log']>[number] & { dateText: string })[] };
  contact: Omit<Written<'contact'>, 'contacts'> & {
    /** The DPO's contact details, when they are printed here (`Placement.dpoIn`): one, or the own and another's. */
    dpo?: ContactView[];
    contacts?: ContactView[];
  };
}

export type ViewOf<K extends SectionId> = K extends keyof SectionViews ? SectionViews[K] : Written<K>;
type Views = { [K in SectionId]: (doc: Statement, place: Placement) => ViewOf<K> };

/** A section that the templates render as written. */
const asWritten = <K extends SectionId>(id: K) => (doc: Statement) => ({ ...doc[id] }) as ViewOf<K>;

/** One function per section: its content for the templates. */
export const sectionViews: Views = {
  introduction: asWritten('introduction'),
  definitions: asWritten('definitions'),
  principles: asWritten('principles'),
  controller: (doc, place) => {
    const c = doc.controller;
    // The DPO's contact details must be somewhere (AVG art. 13.1.b): here, or in the contact section.
    const dpo = place.dpoIn === 'controller' ? dpoView(doc) : undefined;
    return {
      ...c,
      dpo,
      contactPoint: c.contactPoint && withContactLines(c.contactPoint),
      representative: c.representative && withContactLines(c.representative),
      entities: c.entities.map((entity) => organisationView(entity, textsOf(doc))),
      others: c.others?.map((other) => ({ ...other, organisation: organisationView(other.organisation, textsOf(doc)) })),
    };
  },
  data: (doc) => {
    const data = doc.data!;
    const t = textsOf(doc);
    const view = (category: DataCategory) => categoryView(t, category, data.categoryDisplay);
    return {
      ...data,
      groups: data.groups?.map((group) => ({ ...group, categories: group.categories.map(view) })),
      categories: data.categories?.map(view),
      special: data.special && specialView(t, data.special, data.categoryDisplay),
    };
  },
  sources: (doc) => {
    const sources = doc.sources!;
    const t = textsOf(doc);
    return {
      ...sources,
      from: sources.from?.map((source) =>
        typeof source === 'string' ? { markdown: source } : { ...source, publicText: source.public ? t.labels.sourcePublic : undefined },
      ),
      exemption: sources.exemption && { ...sources.exemption, groundText: t.sourceExemptions[sources.exemption.ground]! },
    };
  },
  storage: asWritten('storage'),
  purposes: (doc) => {
    const purposes = doc.purposes!;
    const grouped = purposes.groupByBasis ?? false;
    const t = textsOf(doc);
    const scheme = schemeOf(purposes.numbering, purposes.numbered);
    const asHeadings = purposes.asHeadings ?? false;
    const items = purposes.items.map((purpose, index) => {
      const view = purposeView(t, purpose, scheme && ordinal(index + 1, scheme), grouped, purposes.purposeDisplay);
      // Under a heading of its own a purpose's description is a paragraph, never on the heading's line.
      return { ...view, heading: asHeadings, inline: view.inline && !asHeadings };
    });
    // Purposes that are only a name read best as a plain list, as organisations publish them.
    const compact = purposes.items.every((purpose) => Object.keys(purpose).every((key) => key === 'name' || key === 'id'));
    return {
      ...purposes,
      items,
      compact: compact && !grouped && !asHeadings,
      asHeadings,
      groups: grouped ? groupByBasis(items, purposes.groupHeadings ?? {}) : undefined,
    };
  },
  legalBases: (doc) => {
    const bases = doc.legalBases!;
    const t = textsOf(doc).legalBases;
    const scheme = schemeOf(bases.numbering, bases.numbered);
    return {
      ...bases,
      items: bases.items
        ?.map((item) => ({
          ...item,
          label: item.label ?? t[item.basis]!.label,
          article: t[item.basis]!.article,
          // An organisation that words the basis itself does not get the standard explanation added.
          text: item.text ?? (item.label ? undefined : t[item.basis]!.text),
        }))
        // A basis of which nothing is printed (its standard texts switched off, nothing of its own) is left out.
        .filter((item) => item.label || item.article || item.text || item.interest || item.law || item.examples?.length)
        .map((item, index) => ({ ...item, number: scheme && ordinal(index + 1, scheme) })),
    };
  },
  legalFramework: asWritten('legalFramework'),
  recipients: (doc) => {
    const recipients = doc.recipients!;
    const t = textsOf(doc);
    const agreement = { true: t.labels.processorAgreement, false: t.labels.processorNoAgreement };
    const transfers = recipients.transfers;
    return {
      ...recipients,
      processors: recipients.processors?.map(({ transfer, ...processor }) => ({
        ...processor,
        addressLine: addressLine(processor.address),
        ...(processor.agreement === undefined ? {} : { agreementText: agreement[`${processor.agreement}`] }),
        ...transferView(t, { country: processor.country }),
        transfer: transfer && { ...transfer, ...transferView(t, transfer) },
      })),
      transfers: transfers && { ...transfers, items: transfers.items?.map((item) => ({ ...item, ...transferView(t, item) })) },
    };
  },
  protocols: asWritten('protocols'),
  retention: asWritten('retention'),
  security: asWritten('security'),
  rights: (doc, place) => {
    const rights = doc.rights!;
    const t = textsOf(doc).rights;
    // Without a list of its own, the rights the legal bases give (docs/legal-model.md).
    const items = rights.items ?? applicableRights(doc).map(({ right }): RightItem => ({ right }));
    const views = items
      // A right the document names itself ("Gegevens inkijken") is printed under that name alone, without the standard
      // name and its article; its own number ("8.1") is printed as written, in the place of `rights.numbering`'s.
      .map(({ number: ownNumber, heading, ...item }) => ({
        ...item,
        ...(ownNumber ? { ownNumber } : {}),
        label: heading ?? t[item.right]!.label,
        article: heading ? '' : t[item.right]!.article,
        text: item.text ?? t[item.right]!.text,
      }))
      // A right of which nothing is printed (its standard texts switched off, nothing of its own) is left out.
      .filter((item) => item.label || item.article || item.text || item.conditions?.length || item.limits || item.examples?.length);
    // The right to object is printed apart, under its own heading (AVG art. 21.4), when it says something; a bare name
    // (its text switched off, the rights written as prose) stays in the list with the others, not as an empty heading.
    const objection = views.find((item) => item.right === 'bezwaar' && (item.text || item.conditions?.length || item.limits || item.examples?.length));
    return {
      ...rights,
      dpo: place.dpoIn === 'rights' ? dpoView(doc) : undefined,
      items: numbered(views.filter((item) => item !== objection), schemeOf(rights.numbering)),
      objection,
      exercise: rights.exercise && { ...rights.exercise, contact: rights.exercise.contact && withContactLines(rights.exercise.contact) },
    };
  },
  specialProcessings: (doc) => {
    const special = doc.specialProcessings!;
    const items = (special.items ?? []).map((item) => ({ ...item, heading: item.heading ?? textsOf(doc).specialProcessings[item.type]! }));
    return { ...special, items: numbered(items, schemeOf(special.numbering)) };
  },
  cookies: (doc) => {
    const cookies = doc.cookies!;
    const categories = textsOf(doc).cookieCategories;
    return { ...cookies, items: cookies.items?.map((cookie) => (cookie.category ? { ...cookie, categoryText: categories[cookie.category] } : cookie)) };
  },
  changes: (doc) => {
    const changes = doc.changes!;
    return { ...changes, log: changes.log?.map((entry) => ({ ...entry, dateText: dutchDate(entry.date, textsOf(doc).months) })) };
  },
  dataBreach: asWritten('dataBreach'),
  complaints: (doc, place) => {
    const complaints = doc.complaints!;
    // The name is a standard text; the contact details come from templates/data/authorities.yaml, verified ones only.
    const names = textsOf(doc).authorities;
    return {
      ...complaints,
      dpo: place.dpoIn === 'complaints' ? dpoView(doc) : undefined,
      authorities: complaints.authorities?.map(({ omit = [], ...ref }) => {
        // `omit`: standard details the author's own text already gives, or does not want printed.
        const standard = Object.entries(authorities()[ref.authority] ?? {}).filter(([key]) => !(omit as string[]).includes(key));
        return withContactLines({ name: names[ref.authority]!.name, ...Object.fromEntries(standard), ...ref });
      }),
    };
  },
  contact: (doc, place) => {
    const contact = doc.contact ?? {};
    return { ...contact, dpo: place.dpoIn === 'contact' ? dpoView(doc) : undefined, contacts: contact.contacts?.map(withContactLines) };
  },
  disclaimer: asWritten('disclaimer'),
};

/** The DPOs' contact details, each under the standard label unless the document gives its own. */
const dpoView = (doc: Statement): ContactView[] | undefined =>
  doc.dpo && dposOf(doc).map((dpo) => withContactLines({ label: textsOf(doc).labels.dpo, ...dpo }));

/** Items numbered in a scheme (their `number`: 1, b, iv), or as they are. */
const numbered = <T>(items: T[], scheme: Scheme | undefined): (T & { number?: number | string })[] =>
  scheme ? items.map((item, index) => ({ ...item, number: ordinal(index + 1, scheme) })) : (items as (T & { number?: number | string })[]);

/** A transfer's country and safeguard as the notice prints them (only what is written; absent fields give nothing). */
function transferView(t: Texts, transfer: Safeguard & { country?: string }): TransferView {
  const countryText = transfer.country === 'INT' ? t.labels.internationalOrganisation : transfer.country;
  const mechanism = transfer.mechanism && t.transferMechanisms[transfer.mechanism];
  const derogation = transfer.derogation && t.transferDerogations[transfer.derogation];
  const summary = [mechanism, transfer.decision, derogation].filter(Boolean).join(': ') || undefined;
  return { ...(countryText ? { countryText } : {}), ...(summary ? { summary } : {}) };
}

/** The texts of a category's art. 9.2 ground(s): the ground and its article (either may be switched off). */
const groundTexts = (t: Texts, category: DataCategory) =>
  groundsOf(category).map((ground) => {
    const { label, article } = t.specialGrounds[ground]!;
    return [label, article && `(${article})`].filter(Boolean).join(' ');
  }).filter(Boolean);
type CategoryDisplay = DataCategory['display'];
const categoryView = (t: Texts, category: DataCategory, display: CategoryDisplay): DataCategoryView => {
  const grounds = groundTexts(t, category);
  const inline = (category.display ?? display) === 'op-een-regel' && Boolean(category.items?.length);
  return { ...category, ...(grounds.length ? { groundTexts: grounds } : {}), ...(inline ? { inline } : {}) };
};

/**
 * The special categories, each with its own ground and law; when they all rest on the same ground(s) and law, these
 * are printed once, before the list, as the notice would say it.
 */
function specialView(t: Texts, special: NonNullable<NonNullable<Statement['data']>['special']>, display: CategoryDisplay): ViewOf<'data'>['special'] {
  const categories = special.categories ?? [];
  const shared = (category: DataCategory) => JSON.stringify([groundsOf(category), category.law]);
  const common = categories.length > 0 && groundsOf(categories[0]!).length > 0 && categories.every((c) => shared(c) === shared(categories[0]!));
  if (!common) return { ...special, categories: special.categories?.map((category) => categoryView(t, category, display)) };
  return {
    ...special,
    groundTexts: groundTexts(t, categories[0]!),
    law: categories[0]!.law,
    categories: categories.map(({ ground: _ground, law: _law, ...category }) => categoryView(t, category, display)),
  };
}

function purposeView(t: Texts, purpose: Purpose, number: number | string | undefined, grouped: boolean, display: Purpose['display']): PurposeView {
  // "Toestemming (AVG art. 6.1.a), voor de leden": each piece as far as it is printed (a text may be switched off);
  // a basis of which nothing is printed is left out of the list.
  const basis = purpose.basis?.map((use) => {
    const { label, article } = t.legalBases[use.basis]!;
    const applies = use.appliesTo && [t.labels.appliesTo, use.appliesTo].filter(Boolean).join(' ');
    const named = [[label, article && `(${article})`].filter(Boolean).join(' '), applies].filter(Boolean).join(', ');
    return { ...use, ...t.legalBases[use.basis]!, named };
  });
  const printedBasis = (basis ?? []).filter((use) => !use.inDescription && (use.named || use.note || use.interest || use.law));
  // Under a group heading that already names the one basis, repeating it per purpose is noise.
  const basisShownByGroup = grouped && basis?.length === 1 && !basis[0]!.appliesTo && !basis[0]!.note;
  const items = purpose.items?.map((sub) => purposeView(t, sub, undefined, false, display));
  // On the name's line only a description of one paragraph: a second one would read as part of the list item's name.
  const inline = (purpose.display ?? display) === 'op-een-regel' && Boolean(purpose.description) && !/\n\s*\n/.test(purpose.description!.trim());
  return { ...purpose, number, basis, printedBasis, showBasis: printedBasis.length > 0 && !basisShownByGroup, items, heading: false, inline };
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
