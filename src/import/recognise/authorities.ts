import { msg } from '../../messages/message.js';
import { authorities as standard } from '../../model/authorities.js';
import { texts } from '../../model/texts.js';
import { plain, textsOf, type Context } from './context.js';
import { addressesIn, emailsIn, phonesIn, said, urlsIn } from './details.js';
import type { Recognised } from './index.js';

type Code = 'gba' | 'vtc';
const NAMES: [Code, RegExp][] = [
  ['gba', /gegevensbeschermingsautoriteit|\bGBA\b|\bAPD\b|data ?protection ?authority|privacycommissie|commissie (?:voor de bescherming )?van de persoonlijke levenssfeer/i],
  ['vtc', /vlaamse toezichts?commissie|\bVTC\b|toezichts?commissie/i],
];
/** Names of an authority from an earlier time are still recognised, so that the standard block replaces them. */
const HOSTS: Record<Code, RegExp> = { gba: /gegevensbeschermingsautoriteit\.be|apd-gba\.be|privacycommission\.be|dataprotectionauthority\.be/i, vtc: /toezichtcommissie\.be|vlaanderen\.be\/vlaamse-toezichtcommissie|vtc\.corve\.be/i };

export const mentionsAuthority = (text: string): boolean => NAMES.some(([, re]) => re.test(text));
const codesIn = (text: string): Code[] => NAMES.filter(([, re]) => re.test(text)).map(([code]) => code);

/** What is left of a text once the authority's name, its address, phone, e-mail and web addresses and the words that
 *  introduce them are taken out: nothing, when the block only gives the authority's details. */
function rest(text: string, code: Code): string {
  let t = plain(text);
  for (const a of addressesIn(t)) t = t.replace(new RegExp(String.raw`${escape(a.street ?? '')},?\s+(?:B-)?${a.postalCode}\s+${escape(a.city)}`), ' ');
  for (const x of [...emailsIn(t), ...phonesIn(t), ...urlsIn(t)]) t = t.replace(x, ' ');
  t = t.replace(NAMES.find(([c]) => c === code)![1], ' ').replace(/\b(?:tel(?:efoon)?|fax|e-?mail|mail|website|web|adres|www|via|of|en|de|het|\(|\))\b\.?:?/gi, ' ');
  return t.replace(/[\s,.;:()–-]+/g, '');
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Do the block's details agree with the standard ones (or add only an address the standard block does not print)? */
function agrees(text: string, code: Code): boolean {
  const std = standard()[code] ?? {};
  const digits = (p: string) => p.replace(/\D/g, '').replace(/^32/, '0').replace(/^00/, '0');
  return (
    emailsIn(text).every((e) => e.toLowerCase() === std.email?.toLowerCase()) &&
    phonesIn(text).every((p) => std.phone !== undefined && digits(p) === digits(std.phone)) &&
    urlsIn(text).every((u) => HOSTS[code].test(u)) &&
    addressesIn(text).every((a) => std.address === undefined || (a.postalCode === std.address.postalCode && a.street?.replace(/\s/g, '') === std.address.street?.replace(/\s/g, '')))
  );
}

/**
 * The supervisory authorities a notice names → their standard blocks (`authority: gba`), in the complaints section
 * (or anywhere, when the notice has none). A paragraph or list that only gives the authority's name and details
 * (all the same as the standard ones, or an address the standard block does not print, which is kept) is consumed.
 */
export function authorities(ctx: Context): Recognised[] {
  const hasComplaints = ctx.sectionAt.includes('complaints');
  const found = new Map<Code, Recognised>();
  ctx.outline.blocks.forEach((block, index) => {
    if (block.kind === 'heading' || (hasComplaints && ctx.sectionAt[index] !== 'complaints')) return;
    const all = textsOf(block).join('\n');
    const codes = [...new Set([...codesIn(all), ...(Object.keys(HOSTS) as Code[]).filter((c) => urlsIn(all).some((u) => HOSTS[c].test(u)))])];
    const onlyDetails = codes.length === 1 && rest(all, codes[0]!) === '' && agrees(all, codes[0]!);
    for (const code of codes) {
      const known = found.get(code);
      if (known && (!onlyDetails || known.consumed.length > 0)) continue;
      const address = standard()[code]?.address === undefined && onlyDetails ? addressesIn(plain(all))[0] : undefined;
      found.set(code, {
        path: ['complaints', 'authorities'],
        value: [{ authority: code, ...(address ? { address } : {}) }],
        line: block.line,
        what: said(msg('import.authority', { authority: texts().authorities[code]?.name ?? code })),
        consumed: onlyDetails ? [...(known?.consumed ?? []), index] : [],
      });
    }
  });
  return [...found.values()];
}
