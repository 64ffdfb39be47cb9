import { msg, type MessageId } from '../../messages/message.js';
import type { List } from '../outline.js';
import { ownBlocks, plain, type Context } from './context.js';
import { said } from './details.js';
import type { Recognised } from './index.js';
import { basesOfText } from './legal-bases.js';

/** "Naam: uitleg" with a short name: the name and the explanation. */
function named(item: string): { name: string; rest?: string } {
  const m = /^([^:.;]{2,80}?)\s*[:–—]\s+(\S.*)$/s.exec(item);
  return m && !/[*[\]]/.test(m[1]!) ? { name: m[1]!.trim(), rest: m[2]!.trim() } : { name: item.trim() };
}

/** "Sollicitaties (bewaartermijn: 1 jaar)": the term that closes an item. */
const RETENTION = /\s*\((?:bewaartermijn|bewaard|bewaring)\s*:?\s*([^()]+)\)\s*\.?$/i;

/** A purpose item: its name, explanation, the basis it names (kept in the text: `inDescription`) and a closing
 *  retention term. */
function purpose(item: string): Record<string, unknown> {
  const term = RETENTION.exec(item);
  const { name, rest } = named(term ? item.slice(0, term.index) : item);
  const bases = basesOfText(item);
  return {
    name,
    ...(rest ? { description: rest } : {}),
    ...(bases.length > 0 ? { basis: bases.map((basis) => ({ basis, inDescription: true })) } : {}),
    ...(term ? { retention: term[1]!.trim() } : {}),
  };
}

/** A data category: "Identificatiegegevens (naam, adres)" → its name and the examples between brackets. */
function category(item: string): Record<string, unknown> {
  const m = /^([^()]+?)\s*\(([^()]+)\)\s*\.?$/.exec(item);
  if (m) return { name: m[1]!.trim(), details: m[2]!.trim() };
  const { name, rest } = named(item);
  return rest ? { name, description: rest } : { name };
}

interface Kind {
  section: string;
  path: string[];
  what: MessageId;
  /** Which lists of the section this is (the lead paragraph or the section's heading says). */
  fits: (lead: string) => boolean;
  item: (text: string) => unknown;
  /** Items that the field cannot carry as they are (Markdown in a plain name). */
  plainOnly: boolean;
}

const PROCESSOR = /verwerker/i;
const KINDS: Kind[] = [
  { section: 'purposes', path: ['purposes', 'items'], what: 'import.list.purposes', fits: () => true, item: purpose, plainOnly: true },
  { section: 'data', path: ['data', 'categories'], what: 'import.list.data', fits: (lead) => !/bijzondere|gevoelige|gezondheid/i.test(lead), item: category, plainOnly: true },
  { section: 'recipients', path: ['recipients', 'processors'], what: 'import.list.processors', fits: (lead) => PROCESSOR.test(lead), item: (name) => ({ name }), plainOnly: true },
  { section: 'recipients', path: ['recipients', 'items'], what: 'import.list.recipients', fits: (lead) => !PROCESSOR.test(lead), item: (text) => text, plainOnly: false },
  { section: 'retention', path: ['retention', 'items'], what: 'import.list.retention', fits: () => true, item: (text) => text, plainOnly: false },
];

/**
 * The first list under the heading of a standard section (before any subheading) becomes that section's items (consumed): purposes, data categories,
 * recipients or processors (the paragraph before the list, or a subheading, says "verwerkers"), retention terms.
 * A list with Markdown where the field takes plain text, or a list under a subheading of another kind, is left as
 * text.
 */
export function lists(ctx: Context): Recognised[] {
  return KINDS.flatMap((kind) => {
    const blocks = ownBlocks(ctx, kind.section);
    const at = blocks.findIndex(({ block }) => block.kind === 'list');
    if (at === -1) return [];
    const { block, index } = blocks[at] as { block: List; index: number };
    const previous = ctx.outline.blocks[index - 1];
    const lead = previous && previous.kind !== 'list' && previous.kind !== 'table' ? plain(previous.kind === 'heading' ? previous.text : previous.text) : '';
    if (!kind.fits(lead)) return [];
    if (kind.plainOnly && block.items.some((item) => /[*_[\]`]/.test(item) || item.length > 400)) return [];
    const value = block.items.map(kind.item);
    return [{ path: kind.path, value, line: block.line, what: said(msg(kind.what, { count: value.length })), consumed: [index] }];
  });
}
