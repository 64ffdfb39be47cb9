/** The document as written in YAML, after schema validation (see schemas/privacy-notice.schema.json). */

export interface Address { street?: string; postalCode?: string; city: string; country?: string }

export interface ContactPoint {
  label?: string; name?: string; address?: Address; phone?: string; email?: string; website?: string; text?: string;
}

export interface Organisation {
  id?: string; name: string; description?: string; sector?: 'publiek' | 'privaat'; address?: Address; seat?: boolean;
  phone?: string; email?: string; website?: string; contactUrl?: string; kbo?: string;
  representatives?: { name?: string; role: string }[]; alias?: string;
}

export interface Section {
  heading?: string; summary?: string; text?: string; closing?: string; examples?: string[];
  display?: 'sectie' | 'ongenummerd' | 'subsectie' | 'zonder-titel';
}

export type LegalBasisCode =
  | 'toestemming' | 'overeenkomst' | 'wettelijke-verplichting' | 'vitaal-belang' | 'algemeen-belang' | 'gerechtvaardigd-belang';

export interface Purpose {
  id?: string; name: string; description?: string;
  basis?: { basis: LegalBasisCode; appliesTo?: string; note?: string }[];
  data?: string; source?: string; retention?: string; recipients?: string; info?: string; examples?: string[];
}

export interface DataCategory { name: string; details?: string; description?: string; items?: string[]; type?: string }

export interface Link { label: string; url?: string }

export interface Statement {
  kind?: 'privacyverklaring';
  title: string;
  subtitle?: string;
  version?: { date?: string; label?: string };
  publicBody?: boolean;
  style?: { numbering?: boolean; headings?: 'vragen' | 'titels'; toc?: boolean; sections?: string[] };
  dpo?: ContactPoint;
  introduction?: Section;
  definitions?: Section & { items?: { term: string; definition: string }[] };
  principles?: Section & { items?: string[] };
  controller: Section & {
    entities: Organisation[]; joint?: boolean; table?: boolean; alias?: string;
    others?: { organisation: Organisation; text?: string }[];
  };
  data?: Section & {
    groups?: { name?: string; text?: string; categories: DataCategory[] }[];
    categories?: DataCategory[];
    special?: { processed?: boolean; grounds?: string[]; text?: string; categories?: DataCategory[]; closing?: string };
    judicial?: { processed: boolean; basis?: string; text?: string };
    obligation?: string;
  };
  sources?: Section & { from?: string[]; channels?: string[]; fromIntro?: string; channelsIntro?: string };
  storage?: Section;
  purposes?: Section & {
    items: Purpose[]; numbered?: boolean; groupByBasis?: boolean; groupHeadings?: Partial<Record<LegalBasisCode, string>>;
  };
  legalBases?: Section & {
    numbered?: boolean;
    items?: { basis: LegalBasisCode; label?: string; text?: string; examples?: string[] }[];
    consent?: string;
  };
  legalFramework?: Section & { groups?: { name: string; text?: string; items?: string[] }[] };
  recipients?: Section & {
    items?: string[];
    processors?: { name: string; service?: string; agreement?: boolean; safeguard?: string; text?: string }[];
    transfers?: { none?: boolean; text?: string };
    authorities?: string;
  };
  protocols?: Section & { items?: string[]; url?: string };
  retention?: Section & { items?: string[]; guideline?: string };
  security?: Section & { measures?: string[]; technical?: string[]; organisational?: string[] };
  rights?: Section & {
    items?: { right: string; text?: string; conditions?: string[]; limits?: string; examples?: string[] }[];
    exercise?: {
      heading?: string; text?: string; channels?: string[]; identification?: string; contact?: ContactPoint;
      responseTime?: string; cost?: string; link?: Link;
    };
    automatedDecisions?: string;
  };
  specialProcessings?: Section & {
    asSections?: boolean;
    items?: { type: string; heading?: string; text?: string; retention?: string; link?: Link }[];
  };
  changes?: Section & { log?: { date: string; description: string }[] };
  dataBreach?: Section & { items?: string[]; report?: string };
  complaints?: Section & {
    internal?: string;
    authorities?: ({ authority: 'gba' | 'vtc'; text?: string } & Omit<ContactPoint, 'label' | 'text'> & { complaintUrl?: string })[];
  };
  contact?: Section & { showDpo?: boolean; contacts?: ContactPoint[] };
  disclaimer?: Section;
  extraSections?: (Section & { id: string; heading: string; items?: string[] })[];
}

export interface Article {
  type?: string; heading?: string; text?: string; items?: string[];
  dataItems?: { name: string; justification: string; special?: boolean }[];
  contacts?: { party: string; email: string }[];
  closing?: string;
}

export interface Protocol {
  kind: 'protocol';
  title: string;
  subtitle?: string;
  legalBasis?: string;
  version?: { date?: string; label?: string };
  parties: Organisation[];
  partiesClosing?: string;
  recitals?: string[];
  articles: Article[];
  signature?: { place?: string; date?: string; copies?: number; signatories?: { party: string; name: string; role?: string }[] };
}

export type Document = Statement | Protocol;
