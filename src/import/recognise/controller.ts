import { msg } from '../../messages/message.js';
import type { Block } from '../outline.js';
import { textsOf, type Context } from './context.js';
import { addressesIn, addressText, emailsIn, kbosIn, phonesIn, said, urlsIn } from './details.js';
import type { Recognised } from './index.js';
import { mentionsAuthority } from './authorities.js';
import { mentionsDpo } from './dpo.js';

const ENTITY = ['controller', 'entities', 0];

/** Where a notice says who its controller is: the controller's own section, the introduction, and what comes before
 *  the first standard section; never a block about the DPO or a supervisory authority. */
function scope(ctx: Context): { block: Block; index: number }[] {
  const first = ctx.sectionAt.findIndex((key) => key !== undefined);
  return ctx.outline.blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.kind !== 'heading')
    .filter(({ index }) => ['controller', 'introduction'].includes(ctx.sectionAt[index] ?? '') || (first === -1 ? index < 8 : index < first))
    .filter(({ block }) => !textsOf(block).some((t) => mentionsDpo(t) || mentionsAuthority(t)));
}

/** "De verwerkingsverantwoordelijke is X", "X, met maatschappelijke zetel te …", "X (KBO …)". */
const NAMED = [
  /verwerkingsverantwoordelijke (?:is|zijn)\s*:?\s+(?:de |het )?([A-ZÀ-Ý][^,.;:()]{2,70}?)(?=,|\.\s|\s\(|\s+met\s|\s+gevestigd|$)/,
  /(?:^|\.\s+)([A-ZÀ-Ý][\wÀ-ÿ'’&-]*(?:\s[\wÀ-ÿ'’&-]+){0,6}),?\s+(?:met (?:maatschappelijke )?zetel|gevestigd (?:te|in|op))/,
  /^([A-ZÀ-Ý][^.,:;!?]{2,70})$/,
];
const LEGAL_FORM = /\b(?:vzw|ivzw|nv|bv|bvba|cv|cvba|vof|comm\.v|ocmw|gemeente|stad|provincie|agentschap|vereniging|stichting|school|scholengroep|federatie|club|zwemclub|voetbalclub)\b/i;

/** The one value the scope gives for a detail, or none when it gives several (partners side by side). */
function single<T>(found: { value: T; index: number }[], key: (v: T) => string): { value: T; index: number } | undefined {
  const distinct = new Set(found.map((f) => key(f.value)));
  return distinct.size === 1 ? found[0] : undefined;
}

export function controller(ctx: Context): Recognised[] {
  const all = scope(ctx);
  const among = (blocks: typeof all) => <T>(find: (line: string) => T[]) => blocks.flatMap(({ block, index }) => textsOf(block).flatMap(find).map((value) => ({ value, index })));
  const line = (index: number) => ctx.outline.blocks[index]!.line;
  const out: Recognised[] = [];

  const name = single(among(all)((t) => NAMED.flatMap((re) => re.exec(t)?.[1]?.trim() ?? []).filter((n) => LEGAL_FORM.test(n))), (n) => n);
  /** The details right under the name (its next three blocks) say who the controller is, even when other
   *  organisations follow; without a name, the scope must give one value for a detail. */
  const near = name ? among(all.filter(({ index }) => index >= name.index && index <= name.index + 3)) : undefined;
  const each = <T>(find: (line: string) => T[]) => {
    const close = near?.(find) ?? [];
    return close.length > 0 ? close : among(all)(find);
  };
  if (name) out.push({ path: [...ENTITY, 'name'], value: name.value, line: line(name.index), what: said(msg('import.controller.name', { value: name.value })), consumed: [] });

  const kbo = single(each(kbosIn), (k) => k.value.replace(/\D/g, '').replace(/^0/, ''));
  if (kbo) {
    const { value, problem } = kbo.value;
    const what = problem ? msg('import.controller.kbo-invalid', { value, reason: problem }) : msg('import.controller.kbo', { value });
    out.push({ path: [...ENTITY, 'kbo'], value, line: line(kbo.index), what: said(what), consumed: [] });
  }
  const address = single(each(addressesIn), addressText);
  if (address) out.push({ path: [...ENTITY, 'address'], value: address.value, line: line(address.index), what: said(msg('import.controller.address', { value: addressText(address.value) })), consumed: [] });

  const email = single(each(emailsIn), (e) => e.toLowerCase());
  if (email) out.push({ path: [...ENTITY, 'email'], value: email.value, line: line(email.index), what: said(msg('import.controller.email', { value: email.value })), consumed: [] });
  const phone = single(each(phonesIn), (p) => p.replace(/\D/g, ''));
  if (phone) out.push({ path: [...ENTITY, 'phone'], value: phone.value, line: line(phone.index), what: said(msg('import.controller.phone', { value: phone.value })), consumed: [] });
  const website = single(each((t) => urlsIn(t).filter((u) => /^(?:https?:\/\/)?[^/]+\/?$/.test(u))), (u) => u.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, ''));
  if (website) out.push({ path: [...ENTITY, 'website'], value: website.value, line: line(website.index), what: said(msg('import.controller.website', { value: website.value })), consumed: [] });
  return out;
}
