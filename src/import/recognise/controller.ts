import { msg, type Message } from '../../messages/message.js';
import type { Block } from '../outline.js';
import { textsOf, type Context } from './context.js';
import { addressesIn, addressText, emailsIn, kbosIn, phonesIn, said, urlsIn } from './details.js';
import type { Recognised } from './index.js';
import { controllerScope, LEGAL_FORM } from './controller-scope.js';
import { entities } from './entities.js';

const ENTITY = ['controller', 'entities', 0];

/**
 * "De verwerkingsverantwoordelijke is X", "X, met maatschappelijke zetel te …", "X (KBO …)". A sentence that matches
 * several gives the first: the name the notice says it goes on to use comes before the longer one it opens with.
 */
const NAMED = [
  // "Het OCMW van Leuven, gevestigd …, (hierna ‘OCMW Leuven’) is verantwoordelijk …": the name the notice goes on to use.
  /\(hierna:?\s*[‘'"“]([^’'"”]{2,60})[’'"”]\)\s*(?:is|zijn)\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke?\b/i,
  /verwerkingsverantwoordelijke (?:is|zijn)\s*:?\s+(?:de |het )?([A-ZÀ-Ý][^,.;:()]{2,70}?)(?=,|\.\s|\s\(|\s+met\s|\s+gevestigd|$)/,
  /(?:^|\.\s+)([A-ZÀ-Ý][\wÀ-ÿ'’&-]*(?:\s[\wÀ-ÿ'’&-]+){0,6}),?\s+(?:met (?:maatschappelijke )?zetel|gevestigd (?:te|in|op))/,
  /^((?:[A-ZÀ-Ý]|i?vzw\s)[^.,:;!?]{2,70})$/,
  // "De provincie Limburg, dienst PLOT, Universiteitslaan 1, …": a public body that opens the sentence naming it.
  /^(?:de |het )?((?:provincie|gemeente|stad|ocmw)\s+(?:van\s+)?[A-ZÀ-Ý][\wÀ-ÿ'’-]+),/i,
];

/** "provincie Limburg" as a name: "Provincie Limburg" (a legal form such as "vzw" stays as written). */
const capitalised = (name: string) => name.replace(/^(?:provincie|gemeente|stad)\b/, (word) => word.charAt(0).toUpperCase() + word.slice(1));

/** The one value the scope gives for a detail, or none when it gives several (partners side by side). */
function single<T>(found: { value: T; index: number }[], key: (v: T) => string): { value: T; index: number } | undefined {
  const distinct = new Set(found.map((f) => key(f.value)));
  return distinct.size === 1 ? found[0] : undefined;
}

type Found = { block: Block; index: number }[];

/** The name's block and the short blocks right after it (the lines of a letterhead: address, KBO, e-mail, phone). */
function identityRun(blocks: Found, from: number): Found {
  const run = blocks.filter(({ index }) => index === from);
  for (const next of blocks.filter(({ index }) => index > from)) {
    if (next.index !== run.at(-1)!.index + 1 || run.length > 8 || textsOf(next.block).join(' ').length > 100) break;
    run.push(next);
  }
  return run;
}

/**
 * The controller's name, enterprise number (checked), address, e-mail, phone and website. Several controllers side
 * by side (two names, or two enterprise numbers and no name) give none. The contact details are taken only where the
 * controller's identity is given: the name and the short blocks after it, or else the blocks that give its KBO or
 * address ("De provincie Limburg, …, Universiteitslaan 1, 3500 Hasselt met ondernemingsnummer …"); an e-mail address
 * elsewhere may be a service's or a person's.
 */
export function controller(ctx: Context): Recognised[] {
  if (entities(ctx).length > 0) return [];
  const all = controllerScope(ctx);
  const among = (blocks: Found) => <T>(find: (line: string) => T[]) => blocks.flatMap(({ block, index }) => textsOf(block).flatMap(find).map((value) => ({ value, index })));
  const line = (index: number) => ctx.outline.blocks[index]!.line;
  const kboKey = (k: { value: string }) => k.value.replace(/\D/g, '').replace(/^0/, '');
  const names = among(all)((t) => NAMED.flatMap((re) => re.exec(t)?.[1]?.trim() ?? []).filter((n) => LEGAL_FORM.test(n)).slice(0, 1).map(capitalised));
  const name = single(names, (n) => n);
  if (names.length > 0 && !name) return [];
  if (!name && new Set(among(all)(kbosIn).map((k) => kboKey(k.value))).size > 1) return [];
  const identity = name ? identityRun(all, name.index) : all.filter(({ block }) => textsOf(block).some((t) => kbosIn(t).length + addressesIn(t).length > 0));
  const first = <T>(find: (line: string) => T[], key: (v: T) => string) => single(among(identity)(find), key) ?? (name ? undefined : single(among(all)(find), key));
  const out: Recognised[] = [];
  const add = (field: string, found: { value: unknown; index: number } | undefined, what: Message) =>
    found && out.push({ path: [...ENTITY, field], value: found.value, line: line(found.index), what: said(what), consumed: [] });

  add('name', name, msg('import.controller.name', { value: name?.value ?? '' }));
  const kbo = first(kbosIn, kboKey) ?? single(among(all)(kbosIn), kboKey);
  if (kbo) add('kbo', { value: kbo.value.value, index: kbo.index }, kbo.value.problem ? msg('import.controller.kbo-invalid', { value: kbo.value.value, reason: kbo.value.problem }) : msg('import.controller.kbo', { value: kbo.value.value }));
  const address = first(addressesIn, addressText);
  add('address', address, msg('import.controller.address', { value: address ? addressText(address.value) : '' }));
  const email = single(among(identity)(emailsIn), (e) => e.toLowerCase());
  add('email', email, msg('import.controller.email', { value: email?.value ?? '' }));
  const phone = single(among(identity)(phonesIn), (p) => p.replace(/\D/g, ''));
  add('phone', phone, msg('import.controller.phone', { value: phone?.value ?? '' }));
  const website = single(among(identity)((t) => urlsIn(t).filter((u) => /^(?:https?:\/\/)?[^/]+\/?$/.test(u))), (u) => u.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, ''));
  add('website', website, msg('import.controller.website', { value: website?.value ?? '' }));
  return out;
}
