import { msg, type Message } from '../../messages/message.js';
import type { Block } from '../outline.js';
import { plain, type Context } from './context.js';
import { controllerScope, LEGAL_FORM } from './controller-scope.js';
import { addressesIn, addressText, emailsIn, kbosIn, phonesIn, said, urlsIn } from './details.js';
import type { Recognised } from './index.js';

/** One place that may describe one organisation: a paragraph, a list item, or a table row (cells joined). */
interface Unit { text: string; name?: string; line: number }

function units(block: Block): Unit[] {
  if (block.kind === 'paragraph') return [{ text: plain(block.text), line: block.line }];
  if (block.kind === 'list') return block.items.map((item) => ({ text: plain(item), line: block.line }));
  if (block.kind === 'table') {
    const named = block.header && /naam|partner|organisatie|entiteit/i.test(block.rows[0]?.[0] ?? '');
    return block.rows.slice(block.header ? 1 : 0).map((row) => ({ text: plain(row.join(', ')), ...(named && row[0] ? { name: plain(row[0]).trim() } : {}), line: block.line }));
  }
  return [];
}

/** "Gemeente Heidebeek, Dorpsplein 1, …", "Groep INTRO vzw met maatschappelijke zetel in …": the name that opens it. */
const OPENING_NAME = /^((?:[A-ZÀ-Ý]|i?vzw\s)[^,;:()]{1,60}?)(?:,|\s+met (?:maatschappelijke )?zetel|\s+gevestigd)/;

const single = <T>(values: T[], key: (v: T) => string): T | undefined => (new Set(values.map(key)).size === 1 ? values[0] : undefined);

/**
 * Several controllers side by side, each in its own paragraph, list item or table row with its own enterprise
 * number, each opening with its name (partners of a partnership, a municipality and its OCMW, two vzw's): one
 * entity each, in their order, with that name, its address, e-mail, phone and website when the unit gives exactly one of each.
 */
export function entities(ctx: Context): Recognised[] {
  const found = controllerScope(ctx)
    .flatMap(({ block }) => units(block))
    .map((unit) => ({ unit, kbos: kbosIn(unit.text) }))
    .filter(({ kbos }) => new Set(kbos.map((k) => k.value.replace(/\D/g, '').replace(/^0/, ''))).size === 1);
  if (new Set(found.map(({ kbos }) => kbos[0]!.value.replace(/\D/g, '').replace(/^0/, ''))).size < 2) return [];
  const nameOf = (unit: Unit): string | undefined => unit.name ?? [OPENING_NAME.exec(unit.text)?.[1]?.trim()].find((n) => n !== undefined && LEGAL_FORM.test(n));
  // Each unit must open with its organisation's name: a number in a sentence about another organisation ("De club is
  // aangesloten bij de federatie, …, ondernemingsnummer …") makes no controller.
  if (!found.every(({ unit }) => nameOf(unit) !== undefined)) return [];
  return found.flatMap(({ unit, kbos }, i) => {
    const out: Recognised[] = [];
    const add = (field: string, value: unknown, what: Message) => out.push({ path: ['controller', 'entities', i, field], value, line: unit.line, what: said(what), consumed: [] });
    const name = nameOf(unit)!;
    add('name', name, msg('import.controller.name', { value: name }));
    const kbo = kbos[0]!;
    add('kbo', kbo.value, kbo.problem ? msg('import.controller.kbo-invalid', { value: kbo.value, reason: kbo.problem }) : msg('import.controller.kbo', { value: kbo.value }));
    const address = single(addressesIn(unit.text), addressText);
    if (address) add('address', address, msg('import.controller.address', { value: addressText(address) }));
    const email = single(emailsIn(unit.text), (e) => e.toLowerCase());
    if (email) add('email', email, msg('import.controller.email', { value: email }));
    const phone = single(phonesIn(unit.text), (p) => p.replace(/\D/g, ''));
    if (phone) add('phone', phone, msg('import.controller.phone', { value: phone }));
    const website = single(urlsIn(unit.text).filter((u) => !emailsIn(unit.text).some((e) => u.includes(e))), (u) => u.toLowerCase());
    if (website) add('website', website, msg('import.controller.website', { value: website }));
    return out;
  });
}
