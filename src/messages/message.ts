import { en } from './en.js';
import { nl, type Catalogue } from './nl.js';

/** The languages privnote prints its diagnostics and CLI messages in; the notice itself is always Dutch. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageId = keyof Catalogue;

/** A parameter is a value quoted in the message, or a message of its own (a reason inside a sentence), or a list of them. */
export type Param = string | number | Message | Message[];
type ParamsOf<K extends MessageId> = Parameters<Catalogue[K]>[0];
/** What a message is called with: its declared parameters, where text may also be a message (printed in the same language). */
export type Params<K extends MessageId> = ParamsOf<K> extends undefined ? undefined : { [P in keyof ParamsOf<K>]: ParamsOf<K>[P] extends string ? string | Message | Message[] : ParamsOf<K>[P] };

/** A message before it is printed: its id and named parameters. */
export interface Message {
  id: MessageId;
  params?: Record<string, Param>;
}

/** What a diagnostic or error carries: its Dutch text, and what prints it in another language. */
export interface Said {
  message: string;
  messageId: MessageId;
  params?: Record<string, Param>;
}

const CATALOGUES: Record<Lang, Catalogue> = { nl, en };

/** A message by id; `params` is type-checked against the Dutch catalogue (which the English one must match). */
export function msg<K extends MessageId>(id: K, ...params: ParamsOf<K> extends undefined ? [] : [Params<K>]): Message {
  return params[0] === undefined ? { id } : { id, params: params[0] as Record<string, Param> };
}

/** The text of a message in `lang`; parameters that are messages are printed in the same language first. */
export function text(message: Message, lang: Lang = 'nl'): string {
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value.map((m) => text(m, lang)).join(', ') : typeof value === 'object' ? text(value, lang) : value]),
  );
  return (CATALOGUES[lang][message.id] as (params: unknown) => string)(params);
}

/** A message as a diagnostic's fields: the Dutch text, and its id and parameters for another language. */
export function said(message: Message): Said {
  return message.params ? { message: text(message), messageId: message.id, params: message.params } : { message: text(message), messageId: message.id };
}

/** The same object with its message in `lang` (unchanged when it has no id, or in Dutch). */
export function inLang<T extends { message: string; messageId?: string; params?: Record<string, Param> }>(item: T, lang: Lang): T {
  if (lang === 'nl' || !item.messageId || !(item.messageId in nl)) return item;
  return { ...item, message: text({ id: item.messageId as MessageId, params: item.params }, lang) };
}

/**
 * The language asked for: `--lang <code>` or `--lang=<code>` anywhere on the command line, else PRIVNOTE_LANG, else
 * Dutch. Read before commander parses, so its own errors and the usage errors found while parsing are in that
 * language too; an unknown code is Dutch (the option's own check then reports it).
 */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = index < 0 ? env.PRIVNOTE_LANG : argv[index]!.startsWith('--lang=') ? argv[index]!.slice(7) : argv[index + 1];
  return LANGS.find((l) => l === asked?.trim().toLowerCase()) ?? 'nl';
}
