import type { Diagnostic } from '../diagnostics.js';
import type { ItemStatus } from '../diagnostics.js';
import { themeView, type Theme } from '../config/theme.js';
import type { Address, ContactPoint, Document, Organisation, Statement } from './input.js';
import { dutchDate, textsOf, type Texts } from './texts.js';
import type { Path } from '../load/source-map.js';
import type { Message } from '../messages/message.js';

/** What every rendered document has, whatever its kind. */
export interface BaseModel {
  kind: 'privacyverklaring' | 'protocol';
  lang: 'nl-BE';
  title: string;
  /** The title of the page (browser tab, search results): `shortTitle`, or the title itself. */
  pageTitle: string;
  subtitle?: string;
  /** Names of the responsible organisations: the PDF's author. */
  author: string;
  /** The date last changed, with the words before it (none after a version number, unless the document gives its own). */
  date?: { iso: string; text: string; label: string };
  dateLabel?: string;
  /** The version number as written ("1.0.0"), printed after `labels.versionNumber`. */
  versionNumber?: string;
  /** From when this version applies (`version.effective`), apart from the date last changed. */
  effective?: { iso: string; text: string };
  /** The version line stands at the end of the document (`style.versionPosition: einde`), not under the title. */
  versionAtEnd: boolean;
  labels: Record<string, string>;
  /** Placeholders or a missing date remain (draft.ts): every output says it is a draft. */
  draft?: boolean;
  /** Where the output comes from: privnote's version and a short hash of the YAML source. */
  trace?: { privnote: string; source: string; /** The config and options it was built with (src/trace.ts), when built. */ options?: string };
  /** The project's look with the document's own choices over it (privnote.config.yaml `theme:`, `style.theme`). */
  theme: Theme;
  /** The art. 13/14 completeness table, appended to review copies (`build --review`). */
  review?: (ItemStatus & { cell: string })[];
}

/**
 * The contact details of an organisation or a contact point as the templates print them: the address on one line,
 * and every e-mail address and phone number with its own label, if it has one ("Raad van Bestuur: rvb@…"); a plain
 * text as written gets the standard label.
 */
export interface ContactLines {
  addressLine?: string;
  emails?: { label?: string; email: string }[];
  phones?: { label?: string; phone: string }[];
}

export interface OrganisationView extends Organisation, ContactLines {
  /** "Maatschappelijke zetel" instead of "Adres". */
  addressLabel?: string;
}

export const addressLine = (address: Address | undefined): string | undefined =>
  address &&
  [address.building, address.street, [address.postalCode, address.city].filter(Boolean).join(' '), address.country]
    .filter(Boolean)
    .join(', ');

type Labelled<K extends string> = { label: string } & Record<K, string>;
type Listed<K extends string> = string | Labelled<K> | (string | Labelled<K>)[];
/** One address or number, or a list of them each with or without a label: always a list, each item with a `label` key. */
function listed<K extends 'email' | 'phone'>(value: Listed<K> | undefined, key: K): ({ label?: string } & Record<K, string>)[] | undefined {
  if (value === undefined) return undefined;
  return [value].flat().map((item) => (typeof item === 'string' ? { label: undefined, [key]: item } : item) as { label?: string } & Record<K, string>);
}

/** Anything with contact details, with its address as one line and its e-mail addresses and phone numbers as lists. */
export const withContactLines = <T extends { address?: Address; email?: Listed<'email'>; phone?: Listed<'phone'> }>(contact: T): T & ContactLines => ({
  ...contact,
  addressLine: addressLine(contact.address),
  emails: listed(contact.email, 'email'),
  phones: listed(contact.phone, 'phone'),
});

/**
 * The DPOs a notice gives: one, or a list (its own and another organisation's). A DPO with `of` is that other
 * organisation's: it is printed as such and is not the controller's own (`dpo-contact`).
 */
export const dposOf = (doc: { dpo?: ContactPoint | ContactPoint[] }): ContactPoint[] => (doc.dpo === undefined ? [] : [doc.dpo].flat());

/** An organisation with its address as one line, labelled "Maatschappelijke zetel" (the document's texts) for a seat. */
export const organisationView = (organisation: Organisation, t: Texts): OrganisationView => ({
  ...withContactLines(organisation),
  addressLabel: organisation.seat ? t.labels.seat : undefined,
});

export function baseModel(document: Document, author: string): BaseModel {
  // A protocol's version has a date and its label only; a statement's also a number and an effective date.
  const version = document.version as Statement['version'];
  const date = version?.date;
  const { labels, months } = textsOf(document);
  // "Versie 1.0.0 – 3 maart 2021": after a number the date stands without "Versie van", unless the document words it.
  const label = version?.label ?? (version?.number ? '' : labels.version!);
  const style = (document as Statement).style;
  return {
    kind: document.kind ?? 'privacyverklaring',
    lang: 'nl-BE',
    title: document.title,
    pageTitle: document.shortTitle ?? document.title,
    subtitle: document.subtitle,
    author,
    date: date ? { iso: date, text: dutchDate(date, months), label } : undefined,
    // A label without a date ("Laatst bijgewerkt [datum]") is a gap of the original: keep it visible.
    dateLabel: version && !date ? label : undefined,
    versionNumber: version?.number,
    effective: version?.effective ? { iso: version.effective, text: dutchDate(version.effective, months) } : undefined,
    versionAtEnd: style?.versionPosition === 'einde',
    labels,
    theme: themeView(),
  };
}

/** Model-level findings (references, section names) point into the YAML like schema errors do. */
export type Report = (finding: { ruleId: string; path?: Path; message: Message; severity?: Diagnostic['severity'] }) => void;
