import type { Document, Protocol, Statement } from '../model/input.js';
import { addressLine } from '../model/model.js';
import { texts } from '../model/texts.js';
import type { SectionId } from '../generated/sections.js';

/** One change in the processing, in Dutch, as a reviewer reads it. */
export interface Change {
  section: string;
  kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  subject: string;
  from?: string;
  to?: string;
}

type Getter<T> = (item: T) => unknown;

/** Reflowed text or reordered lists are not changes: compare normalised text and sorted lists. */
function normal(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(normal).filter((v) => v !== undefined).sort().join('; ') || undefined;
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

class Differ {
  readonly changes: Change[] = [];

  value(section: string, subject: string, before: unknown, after: unknown): void {
    const [from, to] = [normal(before), normal(after)];
    if (from === to) return;
    const kind = from === undefined ? 'toegevoegd' : to === undefined ? 'verwijderd' : 'gewijzigd';
    this.changes.push({ section, kind, subject, from, to });
  }

  /** A list of plain texts (recipients, measures, laws): what was added and what was removed. */
  set(section: string, subject: string, before: unknown[] | undefined, after: unknown[] | undefined): void {
    const [a, b] = [new Set((before ?? []).map(normal)), new Set((after ?? []).map(normal))];
    for (const item of b) if (item && !a.has(item)) this.changes.push({ section, kind: 'toegevoegd', subject, to: item });
    for (const item of a) if (item && !b.has(item)) this.changes.push({ section, kind: 'verwijderd', subject, from: item });
  }

  /** A list of things with a name (purposes, processors): added, removed, or changed field by field. */
  collection<T>(
    section: string,
    noun: string,
    before: T[] | undefined,
    after: T[] | undefined,
    key: (item: T) => string,
    fields: [string, Getter<T>][],
  ): void {
    const index = (items: T[] | undefined) => new Map((items ?? []).map((item) => [normal(key(item))!, item]));
    const [a, b] = [index(before), index(after)];
    for (const [name] of b) if (!a.has(name)) this.changes.push({ section, kind: 'toegevoegd', subject: `${noun} "${name}"` });
    for (const [name] of a) if (!b.has(name)) this.changes.push({ section, kind: 'verwijderd', subject: `${noun} "${name}"` });
    for (const [name, old] of a) {
      const next = b.get(name);
      if (next) for (const [field, get] of fields) this.value(section, `${field} van ${noun} "${name}"`, get(old), get(next));
    }
  }

  /** The organisation's own texts of a section. */
  texts(section: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): void {
    for (const [field, label] of [['text', 'tekst'], ['summary', 'samenvatting'], ['closing', 'slottekst']] as const) {
      this.value(section, label, before?.[field], after?.[field]);
    }
    this.set(section, 'voorbeeld', before?.examples as unknown[], after?.examples as unknown[]);
  }
}

const contactFields = <T extends { address?: Parameters<typeof addressLine>[0]; phone?: string; email?: string; website?: string }>(): [string, Getter<T>][] => [
  ['adres', (o) => addressLine(o.address)],
  ['telefoon', (o) => o.phone],
  ['e-mail', (o) => o.email],
  ['website', (o) => o.website],
];

/** What changed in the processing between two versions of a document, grouped by section. */
export function diffDocuments(before: Document, after: Document): Change[] {
  const d = new Differ();
  d.value('Algemeen', 'titel', before.title, after.title);
  d.value('Algemeen', 'versiedatum', before.version?.date, after.version?.date);
  d.value('Algemeen', 'soort document', before.kind ?? 'privacyverklaring', after.kind ?? 'privacyverklaring');
  if ((before.kind ?? 'privacyverklaring') !== (after.kind ?? 'privacyverklaring')) return d.changes;
  if (after.kind === 'protocol') diffProtocols(d, before as Protocol, after as Protocol);
  else diffStatements(d, before as Statement, after as Statement);
  return d.changes;
}

function diffStatements(d: Differ, a: Statement, b: Statement): void {
  const title = (id: string) => texts().sections[id as SectionId].titels;
  const S = { controller: title('controller'), data: title('data'), purposes: title('purposes') };

  d.collection(S.controller, 'verantwoordelijke', a.controller.entities, b.controller.entities, (e) => e.name, [
    ...contactFields<Statement['controller']['entities'][number]>(),
    ['ondernemingsnummer', (e) => e.kbo],
    ['vertegenwoordigers', (e) => e.representatives?.map((r) => [r.name, r.role].filter(Boolean).join(', '))],
  ]);
  d.collection(S.controller, 'andere verantwoordelijke', a.controller.others, b.controller.others, (o) => o.organisation.name, []);
  for (const [field, label] of [['email', 'e-mail'], ['phone', 'telefoon'], ['website', 'website'], ['name', 'naam']] as const) {
    d.value('Functionaris voor gegevensbescherming', label, a.dpo?.[field], b.dpo?.[field]);
  }
  d.value('Functionaris voor gegevensbescherming', 'adres', addressLine(a.dpo?.address), addressLine(b.dpo?.address));

  const categories = (s: Statement) => [...(s.data?.categories ?? []), ...(s.data?.groups ?? []).flatMap((g) => g.categories)];
  d.collection(S.data, 'categorie', categories(a), categories(b), (c) => c.name, [
    ['voorbeelden', (c) => c.details],
    ['deelcategorieën', (c) => c.items],
  ]);
  d.collection(S.data, 'bijzondere categorie', a.data?.special?.categories, b.data?.special?.categories, (c) => c.name, []);
  d.value(S.data, 'uitzonderingsgronden (AVG art. 9.2)', a.data?.special?.grounds, b.data?.special?.grounds);
  d.value(S.data, 'verwerking van gerechtelijke gegevens', a.data?.judicial?.processed, b.data?.judicial?.processed);
  d.value(S.data, 'wettelijke grond voor gerechtelijke gegevens', a.data?.judicial?.basis, b.data?.judicial?.basis);
  d.value(S.data, 'verplichting om gegevens te geven', a.data?.obligation, b.data?.obligation);
  d.set(title('sources'), 'bron', a.sources?.from, b.sources?.from);
  d.set(title('sources'), 'kanaal', a.sources?.channels, b.sources?.channels);

  const basis = (p: { basis?: { basis: string; appliesTo?: string }[] }) =>
    p.basis?.map((u) => `${texts().legalBases[u.basis]!.label}${u.appliesTo ? ` (${u.appliesTo})` : ''}`);
  d.collection(S.purposes, 'doeleinde', a.purposes?.items, b.purposes?.items, (p) => p.name, [
    ['rechtsgrond', basis],
    ['gegevens', (p) => p.data],
    ['bron', (p) => p.source],
    ['bewaartermijn', (p) => p.retention],
    ['ontvangers', (p) => p.recipients],
    ['toelichting', (p) => p.description],
    ['aanvullende informatie', (p) => p.info],
  ]);
  d.collection(title('legalBases'), 'rechtsgrond', a.legalBases?.items, b.legalBases?.items, (i) => texts().legalBases[i.basis]!.label, [
    ['naam', (i) => i.label],
    ['uitleg', (i) => i.text],
  ]);
  d.value(title('legalBases'), 'uitleg over het intrekken van toestemming', a.legalBases?.consent, b.legalBases?.consent);
  d.collection(title('legalFramework'), 'groep', a.legalFramework?.groups, b.legalFramework?.groups, (g) => g.name, [['wetgeving', (g) => g.items]]);

  const R = title('recipients');
  d.set(R, 'ontvanger', a.recipients?.items, b.recipients?.items);
  d.collection(R, 'verwerker', a.recipients?.processors, b.recipients?.processors, (p) => p.name, [
    ['dienst', (p) => p.service],
    ['waarborg', (p) => p.safeguard],
    ['verwerkersovereenkomst', (p) => p.agreement],
  ]);
  d.value(R, 'doorgifte buiten de EER', a.recipients?.transfers, b.recipients?.transfers);
  d.set(title('protocols'), 'protocol', a.protocols?.items, b.protocols?.items);
  d.set(title('retention'), 'bewaartermijn', a.retention?.items, b.retention?.items);
  d.value(title('retention'), 'richtlijn', a.retention?.guideline, b.retention?.guideline);
  for (const field of ['measures', 'technical', 'organisational'] as const) d.set(title('security'), 'maatregel', a.security?.[field], b.security?.[field]);

  const rights = (s: Statement) => s.rights?.items ?? (s.rights ? texts().defaultRights.map((right) => ({ right })) : []);
  d.collection(title('rights'), 'recht', rights(a), rights(b), (r) => texts().rights[r.right]!.label, [
    ['uitleg', (r) => ('text' in r ? r.text : undefined)],
    ['beperkingen', (r) => ('limits' in r ? r.limits : undefined)],
  ]);
  d.set(title('rights'), 'kanaal om rechten uit te oefenen', a.rights?.exercise?.channels, b.rights?.exercise?.channels);
  d.value(title('rights'), 'antwoordtermijn', a.rights?.exercise?.responseTime, b.rights?.exercise?.responseTime);
  d.value(title('rights'), 'geautomatiseerde besluitvorming', a.rights?.automatedDecisions, b.rights?.automatedDecisions);
  d.collection(title('specialProcessings'), 'verwerking', a.specialProcessings?.items, b.specialProcessings?.items, (i) => i.heading ?? texts().specialProcessings[i.type]!, [
    ['tekst', (i) => i.text],
    ['bewaartermijn', (i) => i.retention],
  ]);
  d.collection(title('complaints'), 'toezichthouder', a.complaints?.authorities, b.complaints?.authorities, (x) => texts().authorities[x.authority]!.name, contactFields());
  d.collection(title('contact'), 'contactpunt', a.contact?.contacts, b.contact?.contacts, (c) => c.label ?? c.name ?? '', contactFields());

  for (const id of Object.keys(texts().sections)) {
    d.texts(title(id), a[id as keyof Statement] as Record<string, unknown>, b[id as keyof Statement] as Record<string, unknown>);
  }
}

function diffProtocols(d: Differ, a: Protocol, b: Protocol): void {
  d.collection('Partijen', 'partij', a.parties, b.parties, (p) => p.name, [
    ...contactFields<Protocol['parties'][number]>(),
    ['ondernemingsnummer', (p) => p.kbo],
    ['vertegenwoordigers', (p) => p.representatives?.map((r) => [r.name, r.role].filter(Boolean).join(', '))],
  ]);
  d.set('Overwegingen', 'overweging', a.recitals, b.recitals);
  const heading = (x: Protocol['articles'][number]) => x.heading ?? texts().protocol.articles[x.type ?? 'andere']!;
  d.collection('Artikels', 'artikel', a.articles, b.articles, heading, [
    ['tekst', (x) => x.text],
    ['opsomming', (x) => x.items],
    ['slottekst', (x) => x.closing],
    ['meegedeelde gegevens', (x) => x.dataItems?.map((i) => `${i.name}: ${i.justification}`)],
    ['contacten', (x) => x.contacts?.map((c) => `${c.party}: ${c.email}`)],
  ]);
  d.value('Ondertekening', 'plaats', a.signature?.place, b.signature?.place);
  d.value('Ondertekening', 'datum', a.signature?.date, b.signature?.date);
  d.value('Ondertekening', 'ondertekenaars', a.signature?.signatories?.map((s) => `${s.name} (${s.party})`), b.signature?.signatories?.map((s) => `${s.name} (${s.party})`));
}
