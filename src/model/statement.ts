import { SECTION_IDS, type SectionId } from '../generated/sections.js';
import { didYouMean } from '../suggest.js';
import type { Statement } from './input.js';
import { baseModel, type BaseModel, type Report } from './model.js';
import { sectionViews, type SpecialProcessingView, type ViewOf } from './views.js';
import { textsOf } from './texts.js';

type ExtraSection = NonNullable<Statement['extraSections']>[number];

interface SectionCommon {
  /** Heading level: 2 for a section, 3 for a subsection, 0 for a section without a title. */
  level: 0 | 2 | 3;
  anchor: string;
  number?: number;
  heading: string;
}

/**
 * A section as the templates get it: `partial` names the Handlebars partial that renders `content`, and fixes its type
 * (the seam between the model and the templates).
 */
export type SectionView = SectionCommon &
  (
    | { [K in SectionId]: { id: K; partial: K; content: ViewOf<K> } }[SectionId]
    | { id: string; partial: 'extra'; content: ExtraSection }
    | { id: string; partial: 'specialProcessing'; content: SpecialProcessingView }
  );

export interface StatementModel extends BaseModel {
  kind: 'privacyverklaring';
  toc: boolean;
  sections: SectionView[];
}

const isSection = (id: string): id is SectionId => (SECTION_IDS as readonly string[]).includes(id);

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
    const source = extra ?? (isSection(id) ? doc[id] : undefined) ?? {};
    const display = source.display ?? 'sectie';
    const level = display === 'zonder-titel' ? 0 : display === 'subsectie' ? 3 : 2;
    if (extra) return [{ id, level, partial: 'extra', anchor: id, number: numbered(id, display), heading: extra.heading, content: extra }];
    const sectionId = id as SectionId;
    if (sectionId === 'specialProcessings' && doc.specialProcessings?.asSections) {
      // Each special processing under its own heading, as a section of its own ("Welke cookies gebruiken we?").
      return sectionViews.specialProcessings(doc, order).items.map((item, index) => ({
        id: `${id}-${index + 1}`,
        level,
        partial: 'specialProcessing',
        anchor: `${item.type}-${index + 1}`,
        number: numbered(id, display),
        heading: item.heading,
        content: item,
      }));
    }
    const heading = source.heading ?? textsOf(doc).sections[sectionId][style.headings ?? 'vragen'];
    const common = { level, anchor: id, number: numbered(id, display), heading };
    return [{ ...common, id: sectionId, partial: sectionId, content: sectionViews[sectionId](doc, order) } as SectionView];
  });
  return { ...baseModel(doc, author), kind: 'privacyverklaring', toc: style.toc ?? true, sections };
}

/** The explicit `style.sections`, or every section the document has, in the standard order. */
function sectionOrder(doc: Statement, report: Report): string[] {
  const extras = (doc.extraSections ?? []).map((section) => section.id);
  const known = [...SECTION_IDS, ...extras];
  const present = (id: string) => !isSection(id) || doc[id] !== undefined || (id === 'contact' && doc.dpo !== undefined);
  if (doc.style?.sections) {
    return doc.style.sections.filter((id, index) => {
      const path = ['style', 'sections', index];
      if (!known.includes(id)) {
        report({ ruleId: 'unknown-section', path, message: `onbekende sectie "${id}"${didYouMean(id, known)}` });
        return false;
      }
      if (present(id)) return true;
      report({ ruleId: 'unknown-section', severity: 'warning', path, message: `sectie "${id}" staat in de volgorde, maar het document heeft geen \`${id}\`: ze wordt weggelaten` });
      return false;
    });
  }
  const standard: string[] = SECTION_IDS.filter(present);
  const contactAt = standard.includes('contact') ? standard.indexOf('contact') : standard.length;
  standard.splice(contactAt, 0, ...extras);
  return standard;
}
