import { didYouMean } from '../validate/suggest.js';
import type { Purpose, Statement } from './input.js';
import { addressLine, baseModel, organisationView, type BaseModel, type Report } from './model.js';
import { texts } from './texts.js';

export const STANDARD_SECTIONS = [
  'introduction', 'definitions', 'principles', 'controller', 'data', 'sources', 'storage', 'purposes', 'legalBases',
  'legalFramework', 'recipients', 'protocols', 'retention', 'security', 'rights', 'specialProcessings', 'changes',
  'dataBreach', 'complaints', 'contact', 'disclaimer',
] as const;

type SectionId = (typeof STANDARD_SECTIONS)[number];

export interface SectionView {
  id: string;
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
  const sections = order.map((id, index): SectionView => {
    const extra = doc.extraSections?.find((section) => section.id === id);
    const source = (extra ?? doc[id as SectionId] ?? {}) as Record<string, unknown> & { heading?: string };
    const standard = texts().sections[id];
    return {
      id,
      partial: extra ? 'extra' : id,
      anchor: id,
      number: style.numbering ? index + 1 : undefined,
      heading: source.heading ?? standard?.[style.headings ?? 'vragen'] ?? id,
      content: extra ? source : enrich(id as SectionId, doc),
    };
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
function enrich(id: SectionId, doc: Statement): Record<string, unknown> {
  const t = texts();
  switch (id) {
    case 'controller': {
      const c = doc.controller;
      return {
        ...c,
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
      return { ...purposes, items, groups: purposes.groupByBasis ? groupByBasis(items) : undefined };
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
          text: item.text ?? t.legalBases[item.basis]!.text,
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
          contact: rights.exercise.contact && { ...rights.exercise.contact, addressLine: addressLine(rights.exercise.contact.address) },
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
          const merged = { ...t.authorities[ref.authority], ...ref };
          return { ...merged, addressLine: addressLine(merged.address) };
        }),
      };
    }
    case 'contact': {
      const contact = doc.contact ?? {};
      const dpo = (contact.showDpo ?? true) && doc.dpo;
      const contacts = [...(dpo ? [{ label: t.labels.dpo, ...dpo }] : []), ...(contact.contacts ?? [])];
      return { ...contact, contacts: contacts.map((c) => ({ ...c, addressLine: addressLine(c.address) })) };
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
function groupByBasis(items: PurposeView[]) {
  const groups = new Map<string, { phrase: string; article: string; items: PurposeView[] }>();
  for (const item of items) {
    const first = item.basis?.[0];
    const key = first?.basis ?? '';
    if (!groups.has(key)) groups.set(key, { phrase: first?.phrase ?? '', article: first?.article ?? '', items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.values()];
}
