import type { Protocol } from './input.js';
import { baseModel, organisationView, type BaseModel } from './model.js';
import { dutchDate, textsOf } from './texts.js';

export interface ProtocolModel extends BaseModel {
  kind: 'protocol';
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
  return {
    ...baseModel(doc, doc.parties.map((party) => party.name).join(', ')),
    kind: 'protocol',
    legalBasis: doc.legalBasis ?? t.protocol.legalBasis,
    parties: doc.parties.map((party) => organisationView(party, t)),
    partiesClosing: doc.partiesClosing,
    recitals: doc.recitals?.map((text, index) => ({ letter: letter(index), text })),
    articles: doc.articles.map((article, index) => ({
      ...article,
      number: index + 1,
      anchor: `artikel-${index + 1}`,
      heading: article.heading ?? t.protocol.articles[article.type ?? 'andere'],
    })),
    signature: doc.signature && {
      ...doc.signature,
      dateText: doc.signature.date && dutchDate(doc.signature.date, t.months),
      parties: groupSignatories(doc.signature.signatories ?? []),
    },
  };
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
