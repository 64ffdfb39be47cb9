/** The document as written in YAML, after schema validation: types generated from the JSON Schema at build time. */
export type {
  Address, Article, BasisUse, ContactPoint, DataCategory, Document, LegalBasisCode, Organisation, Protocol, Purpose, Safeguard, Section, Source,
  SpecialGround, Statement,
} from '../generated/notice.js';
