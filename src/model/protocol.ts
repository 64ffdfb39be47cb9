import type { Protocol } from './input.js';
import { baseModel, organisationView, type BaseModel } from './model.js';
import type { ContentsEntry } from './statement.js';
import { dutchDate, textsOf, type Texts } from './texts.js';

export interface ProtocolModel extends BaseModel {
  kind: 'protocol';
  /** A protocol shows no table of contents on screen; its PDF has one from three pages (see src/render/pdf/contents.ts). */
  toc: false;
  contents: ContentsEntry[];
  [key: string]: unknown;
}

/** Recitals are lettered A…Z, then AA, AB, … (bijective base 26, as spreadsheet columns). */
function letter(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** Normalises a data-sharing protocol: lettered recitals, numbered articles with standard headings. */
export function protocolModel(doc: Protocol): ProtocolModel {
  const t = textsOf(doc);
  const articles = doc.articles.map((article, index) => ({
    ...article,
    number: index + 1,
    anchor: `artikel-${index + 1}`,
    heading: article.heading ?? t.protocol.articles[article.type ?? 'andere'],
  }));
  return {
    ...baseModel(doc, doc.parties.map((party) => party.name).join(', ')),
    kind: 'protocol',
    toc: false,
    contents: protocolContents(doc, articles, t),
    legalBasis: doc.legalBasis ?? t.protocol.legalBasis,
    parties: doc.parties.map((party) => organisationView(party, t)),
    partiesClosing: doc.partiesClosing,
    recitals: doc.recitals?.map((text, index) => ({ letter: letter(index), text })),
    articles,
    signature: doc.signature && {
      ...doc.signature,
      dateText: doc.signature.date && dutchDate(doc.signature.date, t.months),
      parties: groupSignatories(doc.signature.signatories ?? []),
    },
  };
}

/** The parts of a protocol with a visible heading, as protocol.hbs prints them ("Artikel 3: Doel"), and their anchors. */
function protocolContents(doc: Protocol, articles: { anchor: string; number: number; heading?: string }[], t: Texts): ContentsEntry[] {
  const { between, recitals, article } = t.labels;
  const entry = (anchor: string, heading: string): ContentsEntry => ({ anchor, heading, children: [] });
  return [
    ...(between ? [entry('partijen', between)] : []),
    ...(doc.recitals && recitals ? [entry('overwegingen', recitals)] : []),
    ...articles.map((a) => entry(a.anchor, `${article ? `${article} ` : ''}${a.number}${a.heading ? `: ${a.heading}` : ''}`)),
  ];
}

/** Signatories of the same party sign under one "Voor …" heading, in order of first appearance. */
function groupSignatories(signatories: { party: string; name: string; role?: string }[]) {
  const parties = new Map<string, { party: string; people: { name: string; role?: string }[] }>();
  for (const { party, ...person } of signatories) {
    if (!parties.has(party)) parties.set(party, { party, people: [] });
    parties.get(party)!.people.push(person);
  }
  return [...parties.values()];
}
