import { join } from 'node:path';
import { parse } from 'yaml';
import { templatesDir } from '../paths.js';
import { fileResource } from '../resources.js';
import type { Address } from './input.js';

/** One contact detail as templates/data/authorities.yaml records it: the value and where it was read. */
export interface SourcedDetail<T> {
  value: T;
  /** The public page the value was read on. */
  source?: string;
  /** `false`: the value could not be confirmed in a primary source, and is not printed. */
  verified?: boolean;
  note?: string;
}

export interface AuthorityRecord {
  address?: SourcedDetail<Address>;
  phone?: SourcedDetail<string>;
  email?: SourcedDetail<string>;
  website?: SourcedDetail<string>;
  complaintUrl?: SourcedDetail<string>;
}

/** The contact details of a supervisory authority that a notice prints. */
export interface AuthorityDetails {
  address?: Address;
  phone?: string;
  email?: string;
  website?: string;
  complaintUrl?: string;
}

/** A detail is printed only when it names its source and is not marked unverified. */
export const printable = (detail: SourcedDetail<unknown> | undefined): boolean =>
  detail !== undefined && detail.verified !== false && typeof detail.source === 'string' && /^https?:\/\//.test(detail.source);

/** The data file, read once per build: the records as written and the details a notice prints. */
const data = fileResource(join(templatesDir, 'data', 'authorities.yaml'), (text) => {
  const records = parse(text) as Record<string, AuthorityRecord>;
  const printed = Object.fromEntries(
    Object.entries(records).map(([code, record]) => [
      code,
      Object.fromEntries(
        Object.entries(record)
          .filter(([, detail]) => printable(detail as SourcedDetail<unknown>))
          .map(([key, detail]) => [key, (detail as SourcedDetail<unknown>).value]),
      ) as AuthorityDetails,
    ]),
  );
  return { records, printed };
});

/** The data file as written, every detail with its source (for tests and reviewers). */
export const authorityRecords = (): Record<string, AuthorityRecord> => data().records;

/** The supervisory authorities' contact details (AVG art. 13.2.d, 14.2.e, 77), without any detail not verified. */
export const authorities = (): Record<string, AuthorityDetails> => data().printed;
