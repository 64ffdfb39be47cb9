/** The document as written in YAML, after schema validation: types generated from the JSON Schema at build time. */
export type {
  Address, Article, ContactPoint, DataCategory, Document, LegalBasisCode, Organisation, Protocol, Purpose, Section, Statement,
} from '../generated/notice.js';
