import { join } from 'node:path';
import { parse } from 'yaml';
import type { Path } from '../load/source-map.js';
import { templatesDir } from '../paths.js';
import { fileResource } from '../resources.js';
import type { Statement } from './input.js';

interface TransferData {
  eea: string[];
  adequate: string[];
  eeaNames: string[];
}

/** The EEA and the countries with an adequacy decision (templates/data/transfers.yaml, with its sources). */
export const transferData = fileResource(join(templatesDir, 'data', 'transfers.yaml'), (text) => parse(text) as TransferData);

/** A country outside the EEA, or an international organisation (`INT`): sending data there is a transfer (art. 44). */
export const isThirdCountry = (country: string): boolean => !transferData().eea.includes(country);

/** An address's country (a name as printed, or an ISO code) outside the EEA. */
export const isOutsideEea = (country: string): boolean =>
  /^[A-Z]{2}$/.test(country.trim()) ? isThirdCountry(country.trim()) : !transferData().eeaNames.some((name) => name.toLowerCase() === country.trim().toLowerCase());

type Safeguard = NonNullable<NonNullable<Statement['recipients']>['transfers']>['items'] extends (infer T)[] | undefined ? T : never;

export interface Transfer {
  /** Who receives the data: a processor's or recipient's name, or without one what kind it is (`category`). */
  to: string;
  country: string;
  safeguard: Omit<Safeguard, 'recipient' | 'country'>;
  /** Where it is written (the processor or the transfer item). */
  path: Path;
}

/** Every recipient or processor the statement places outside the EEA, with the mechanism it names. */
export function transfersOf(statement: Statement): Transfer[] {
  const found: Transfer[] = [];
  statement.recipients?.processors?.forEach((processor, i) => {
    if (processor.country && isThirdCountry(processor.country)) {
      found.push({ to: processor.name ?? processor.category!, country: processor.country, safeguard: processor.transfer ?? {}, path: ['recipients', 'processors', i] });
    }
  });
  statement.recipients?.transfers?.items?.forEach((item, i) => {
    if (item.country && isThirdCountry(item.country)) {
      found.push({ to: item.recipient ?? item.category!, country: item.country, safeguard: item, path: ['recipients', 'transfers', 'items', i] });
    }
  });
  return found;
}
