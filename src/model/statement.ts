import { didYouMean } from '../suggest.js';
import type { Purpose, Statement } from './input.js';
import { baseModel, organisationView, withAddressLine, type BaseModel, type Report } from './model.js';
import { dutchDate, texts } from './texts.js';

export const STANDARD_SECTIONS = [
  'introduction', 'definitions', 'principles', 'controller', 'data', 'sources', 'storage', 'purposes', 'legalBases',
  'legalFramework', 'recipients', 'protocols', 'retention', 'security', 'rights', 'specialProcessings', 'changes',
  'dataBreach', 'complaints', 'contact', 'disclaimer',
] as const;

type SectionId = (typeof STANDARD_SECTIONS)[number];

export interface SectionView {
  id: string;
  /** Heading level: 2 for a section, 3 for a subsection, 0 for a section without a title. */
  level: 0 | 2 | 3;
  /** Name of the Handlebars partial that renders this section. */
  partial: string;
  anchor: string;
  number?: number;
  heading: string;
  content: Record<string, unknown>;
}

export interface StatementModel extends BaseModel {
  kind: 'privacyverklaring';
  toc: boolean;
  sections: SectionView[];
}

/** Normalises a privacy statement: section order, headings, standard texts, resolved codes. */
export function statementModel(doc: Statement, report: Report): StatementModel {
  const author = doc.controller.entities.map((entity) => entity.name).join(', ');
  const order = sectionOrder(doc, report);
  const style = doc.style ?? {};
  // An introduction stands before the numbered sections, as in the documents organisations publish.
  let number = 0;
  const numbered = (id: string, display = 'sectie') =>
    style.numbering && id !== 'introduction' && display === 'sectie' ? ++number : undefined;
  const sections = order.flatMap((id): SectionView[] => {
    const extra = doc.extraSections?.find((section) => section.id === id);
    const source = (extra ?? doc[id as SectionId] ?? {}) as Record<string, unknown> & { heading?: string; display?: string };
    const display = source.display ?? 'sectie';
    const level = display === 'zonder-titel' ? 0 : display === 'subsectie' ? 3 : 2;
    const content = extra ? source : enrich(id as SectionId, doc, order);
    if (id === 'specialProcessings' && doc.specialProcessings?.asSections) {
      // Each special processing under its own heading, as a section of its own ("Welke cookies gebruiken we?").
      return (content.items as { type: string; heading: string }[]).map((item, index) => ({
        id: `${id}-${index + 1}`,
        level,
        partial: 'specialProcessing',
        anchor: `${item.type}-${index + 1}`,
        number: numbered(id, display),
        heading: item.heading,
        content: item,
      }));
    }
    return [{
      id,
      level,
      partial: extra ? 'extra' : id,
      anchor: id,
      number: numbered(id, display),
      heading: source.heading ?? texts().sections[id]?.[style.headings ?? 'vragen'] ?? id,
      content,
    }];
  });
  return { ...baseModel(doc, author), kind: 'privacyverklaring', toc: style.toc ?? true, sections };
}

/** The explicit `style.sections`, or every section the document has, in the standard order. */
function sectionOrder(doc: Statement, report: Report): string[] {
  const extras = (doc.extraSections ?? []).map((section) => section.id);
  const known = [...STANDARD_SECTIONS, ...extras];
  if (doc.style?.sections) {
    return doc.style.sections.filter((id, index) => {
      if (known.includes(id as SectionId)) return true;
      report({
        ruleId: 'unknown-section',
        path: ['style', 'sections', index],
        message: `onbekende sectie "${id}"${didYouMean(id, known)}`,
      });
      return false;
    });
  }
  const present = (id: SectionId) => doc[id] !== undefined || (id === 'contact' && doc.dpo !== undefined);
  const standard: string[] = STANDARD_SECTIONS.filter(present);
  const contactAt = standard.includes('contact') ? standard.indexOf('contact') : standard.length;
  standard.splice(contactAt, 0, ...extras);
  return standard;
}

/** Section content plus what the templates need resolved: labels, standard texts, numbers. */
function enrich(id: SectionId, doc: Statement, order: string[]): Record<string, unknown> {
  const t = texts();
  switch (id) {
    case 'controller': {
      const c = doc.controller;
      // The DPO's contact details must be somewhere (AVG art. 13.1.b): without a contact section, they go here.
      const dpo = !order.includes('contact') && doc.dpo && withAddressLine({ label: t.labels.dpo, ...doc.dpo });
      return {
        ...c,
        dpo,
        entities: c.entities.map(organisationView),
        others: c.others?.map((other) => ({ ...other, organisation: organisationView(other.organisation) })),
      };
    }
    case 'data': {
      const special = doc.data?.special;
      return {
        ...doc.data,
        special: special && {
          ...special,
          groundTexts: special.grounds?.map((ground) => t.specialGrounds[ground]),
        },
      };
    }
    case 'purposes': {
      const purposes = doc.purposes!;
      const items = purposes.items.map((purpose, index) =>
        purposeView(purpose, purposes.numbered ? index + 1 : undefined, purposes.groupByBasis ?? false),
      );
      // Purposes that are only a name read best as a plain list, as organisations publish them.
      const compact = purposes.items.every((purpose) => Object.keys(purpose).every((key) => key === 'name' || key === 'id'));
      return {
        ...purposes,
        items,
        compact: compact && !purposes.groupByBasis,
        groups: purposes.groupByBasis ? groupByBasis(items, purposes.groupHeadings ?? {}) : undefined,
      };
    }
    case 'legalBases': {
      const bases = doc.legalBases!;
      return {
        ...bases,
        items: bases.items?.map((item, index) => ({
          ...item,
          number: bases.numbered ? index + 1 : undefined,
          label: item.label ?? t.legalBases[item.basis]!.label,
          article: t.legalBases[item.basis]!.article,
          // An organisation that words the basis itself does not get the standard explanation added.
          text: item.text ?? (item.label ? undefined : t.legalBases[item.basis]!.text),
        })),
      };
    }
    case 'rights': {
      const rights = doc.rights!;
      const items = rights.items ?? t.defaultRights.map((right) => ({ right }));
      return {
        ...rights,
        items: items.map((item) => ({
          ...item,
          label: t.rights[item.right]!.label,
          article: t.rights[item.right]!.article,
          text: 'text' in item && item.text !== undefined ? item.text : t.rights[item.right]!.text,
        })),
        exercise: rights.exercise && {
          ...rights.exercise,
          contact: rights.exercise.contact && withAddressLine(rights.exercise.contact),
        },
      };
    }
    case 'specialProcessings': {
      const special = doc.specialProcessings!;
      return {
        ...special,
        items: special.items?.map((item) => ({ ...item, heading: item.heading ?? t.specialProcessings[item.type] })),
      };
    }
    case 'complaints': {
      const complaints = doc.complaints!;
      return {
        ...complaints,
        authorities: complaints.authorities?.map((ref) => {
          return withAddressLine({ ...t.authorities[ref.authority], ...ref });
        }),
      };
    }
    case 'changes': {
      const changes = doc.changes!;
      return { ...changes, log: changes.log?.map((entry) => ({ ...entry, dateText: dutchDate(entry.date) })) };
    }
    case 'contact': {
      const contact = doc.contact ?? {};
      const dpo = (contact.showDpo ?? true) && doc.dpo;
      const contacts = [...(dpo ? [{ label: t.labels.dpo, ...dpo }] : []), ...(contact.contacts ?? [])];
      return { ...contact, contacts: contacts.map(withAddressLine) };
    }
    default:
      return { ...(doc[id] as object) };
  }
}

function purposeView(purpose: Purpose, number: number | undefined, grouped: boolean) {
  const t = texts();
  const basis = purpose.basis?.map((use) => ({ ...use, ...t.legalBases[use.basis] }));
  // Under a group heading that already names the one basis, repeating it per purpose is noise.
  const basisShownByGroup = grouped && basis?.length === 1 && !basis[0]!.appliesTo && !basis[0]!.note;
  return { ...purpose, number, basis, showBasis: Boolean(basis?.length) && !basisShownByGroup };
}

type PurposeView = ReturnType<typeof purposeView>;

/** Groups purposes under their first legal basis, in order of first appearance. */
function groupByBasis(items: PurposeView[], headings: Partial<Record<string, string>>) {
  const groups = new Map<string, { phrase: string; article: string; items: PurposeView[] }>();
  for (const item of items) {
    const first = item.basis?.[0];
    const key = first?.basis ?? '';
    const phrase = headings[key] ?? first?.phrase ?? '';
    if (!groups.has(key)) groups.set(key, { phrase, article: first?.article ?? '', items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.values()];
}
