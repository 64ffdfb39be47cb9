import { join } from 'node:path';
import type { SectionId } from '../generated/sections.js';
import { parse } from 'yaml';
import { templatesDir } from '../paths.js';
import { fileResource } from '../resources.js';

interface Labelled {
  label: string;
  article: string;
  text: string;
}

/** The standard Dutch texts (templates/texts/nl-BE.yaml); documents override them piece by piece. */
export interface Texts {
  months: string[];
  labels: Record<string, string>;
  /** Every section's standard heading, as a question and as a title (a test checks that no section lacks one). */
  sections: Record<SectionId, { vragen: string; titels: string }>;
  legalBases: Record<string, Labelled & { phrase: string }>;
  specialGrounds: Record<string, string>;
  rights: Record<string, Labelled>;
  defaultRights: string[];
  /** The names of the supervisory authorities; their contact details are in templates/data/authorities.yaml. */
  authorities: Record<string, { name: string }>;
  specialProcessings: Record<string, string>;
  protocol: { legalBasis: string; articles: Record<string, string> };
}

export const texts: () => Texts = fileResource(join(templatesDir, 'texts', 'nl-BE.yaml'), (text) => parse(text) as Texts);

/** `2022-07-18` → `18 juli 2022`. */
export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${texts().months[month! - 1]} ${year}`;
}
