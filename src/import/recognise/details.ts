import { isEmail, kboProblem, phoneProblem } from '../../rules/belgian.js';
import { text, type Message } from '../../messages/message.js';
import type { Address } from '../../model/input.js';

/** Contact details and identifiers as they are written in Dutch notices, found with the project's own checks. */

const EMAIL = /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const URL = /\b(?:https?:\/\/[^\s<>()[\]]+|www\.[^\s<>()[\]]+)/gi;
/** An enterprise number: dotted as published (0207.725.203, BE 0410.346.721), or any 9–10 digits after a KBO word. */
const KBO_DOTTED = /\b(?:BE\s?)?[01]?\d{3}\.\d{3}\.\d{3}\b/g;
const KBO_AFTER_WORD = /(?:ondernemingsnummer|ondernemingsnr\.?|K\.?B\.?O\.?(?:-nummer| nummer|-nr\.?)?|BCE|btw(?:-nummer| nummer|-nr\.?)?|BTW(?:-nummer)?)(?:\s+(?:onder|met)\s+(?:het\s+)?nummer)?\s*[:.]?\s*((?:BE\s?)?[01]?\d{3}[. ]?\d{3}[. ]?\d{3})\b/gi;
const PHONE = /(?:\+32\s?(?:\(0\)\s?)?|\b0)\d(?:[\s./-]?\d){6,9}\b/g;

export const said = (message: Message): string => text(message);

export const emailsIn = (line: string): string[] => [...line.matchAll(EMAIL)].map((m) => m[0].replace(/\.$/, '')).filter(isEmail);

/** Web addresses, without the punctuation that ends the sentence and without those of e-mail links. */
export const urlsIn = (line: string): string[] =>
  [...line.replace(/\]\([^)]*\)/g, ']').matchAll(URL)].map((m) => m[0].replace(/[.,;:!?'"’]+$/, '')).filter((url) => !url.startsWith('mailto:'));

/** Enterprise numbers, each with the reason its check digits fail (a 9-digit number published without its 0 is
 *  checked with it). */
export function kbosIn(line: string): { value: string; problem?: Message }[] {
  const found = new Set<string>([...[...line.matchAll(KBO_AFTER_WORD)].map((m) => m[1]!), ...[...line.matchAll(KBO_DOTTED)].map((m) => m[0])]);
  return [...found].map((value) => {
    const digits = value.replace(/^BE/i, '').replace(/[\s.]/g, '');
    return { value, problem: kboProblem(digits.length === 9 ? `0${digits}` : digits) };
  });
}

/** Belgian phone numbers that pass the phone check and are not part of an enterprise number. */
export function phonesIn(line: string): string[] {
  const kbos = kbosIn(line).map((k) => k.value.replace(/\D/g, ''));
  const withoutKbo = line.replace(KBO_DOTTED, ' ').replace(KBO_AFTER_WORD, ' ');
  return [...withoutKbo.matchAll(PHONE)]
    .map((m) => m[0].trim())
    .filter((phone) => phoneProblem(phone) === undefined && !/^\d{4}$/.test(phone.replace(/\D/g, '')))
    // Ten digits written without a space that pass the KBO check are an enterprise number, not a mobile number.
    .filter((phone) => !(/^0\d{9}$/.test(phone) && kboProblem(phone) === undefined))
    .filter((phone) => !kbos.some((k) => k.endsWith(phone.replace(/\D/g, '').slice(-9))));
}

const STREET = /(?:straat|laan|plein|weg|steenweg|lei|dreef|kaai|markt|gang|park|hof|campus|baan|dijk|vest|singel|plaats|berg|veld|kouter|dam|wal|rei|ring|square|avenue|rue)/;
/** "Collegestraat 1, 3580 Beringen", "Welzijnscampus 5 bus 11, 3600 Genk": a street with its number, a Belgian
 *  postal code and the municipality. The words before the street's own are short ("Charles Parentéstraat",
 *  "Koning Albert II-laan"), so that a name before the address is not taken for part of it. */
const ADDRESS = new RegExp(
  String.raw`((?:[A-ZÀ-Ý][\wÀ-ÿ'’-]{0,11}\s){0,3}[A-ZÀ-Ý]?[\wÀ-ÿ'’-]*` + STREET.source + String.raw`)\s+(\d+[A-Za-z]?(?:[./-]\d+)*(?:\s?(?:bus|b\.)\s?\d+[A-Za-z]?)?),?\s+(?:B-)?(\d{4})\s+([A-ZÀ-Ý][\wÀ-ÿ'’]*(?:[ -](?:[A-ZÀ-Ý][\wÀ-ÿ'’]*|aan|op|de|den|ter))*)`,
  'g',
);

export const addressesIn = (line: string): Address[] =>
  [...line.matchAll(ADDRESS)].map((m) => ({ street: `${m[1]!.trim()} ${m[2]!}`, postalCode: m[3]!, city: m[4]! }));

export const addressText = (address: Address): string => `${address.street}, ${address.postalCode} ${address.city}`;
