import { msg } from '../../messages/message.js';
import type { Block } from '../outline.js';
import { mentionsAuthority } from './authorities.js';
import { denies, sentences, textsOf, type Context } from './context.js';
import { emailsIn, phonesIn, said } from './details.js';
import type { Recognised } from './index.js';

const DPO = /functionaris (?:voor |van )?(?:de )?gegevensbescherming|\bDPO\b|data protection officer|(?:GDPR|AVG|privacy)-?\s?aanspreekpunt|informatieveiligheidsconsulent/i;
const LABEL = /\b((?:GDPR|AVG|privacy)-?\s?aanspreekpunt)\b/i;

/** Another organisation's DPO ("de DPO van Zwemfederatie Vlaanderen vzw", "van de federatie"). */
const OTHERS = /(?:DPO|FG|gegevensbescherming)\)?\s+van\s+(?!ons\b|onze\b|de verwerkingsverantwoordelijke|het bestuur)/i;

export const mentionsDpo = (text: string): boolean => DPO.test(text);
/** A text names our own DPO: a sentence names one and does not deny having one, and none is about another's. */
const namesOwnDpo = (text: string): boolean => sentences(text).some((s) => DPO.test(s) && !denies(s)) && !sentences(text).some((s) => OTHERS.test(s));

/** The blocks that give the DPO's details: those under a heading that names the DPO, or else the first block that
 *  names it and the two after it in the same section. */
function scope(ctx: Context): number[] {
  const blocks = ctx.outline.blocks;
  const heading = blocks.findIndex((b) => b.kind === 'heading' && namesOwnDpo(b.text));
  if (heading !== -1) {
    const level = (blocks[heading] as { level: number }).level;
    const end = blocks.findIndex((b, i) => i > heading && b.kind === 'heading' && b.level <= level);
    return range(heading + 1, end === -1 ? blocks.length : end);
  }
  const named = blocks.findIndex((b) => b.kind !== 'heading' && textsOf(b).some(namesOwnDpo));
  if (named === -1) return [];
  return range(named, Math.min(named + 3, blocks.length)).filter((i) => blocks[i]!.kind !== 'heading' && ctx.sectionAt[i] === ctx.sectionAt[named]);
}
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The DPO's label ("GDPR-aanspreekpunt"), e-mail and phone, each only when its blocks give exactly one. */
export function dpo(ctx: Context): Recognised[] {
  const block = (i: number): Block => ctx.outline.blocks[i]!;
  const where = scope(ctx).filter((i) => !textsOf(block(i)).some(mentionsAuthority));
  const out: Recognised[] = [];
  const labelled = where.find((i) => textsOf(block(i)).some((t) => LABEL.test(t)));
  if (labelled !== undefined) {
    const value = textsOf(block(labelled)).map((t) => LABEL.exec(t)?.[1]).find((l) => l !== undefined)!;
    out.push({ path: ['dpo', 'label'], value, line: block(labelled).line, what: said(msg('import.dpo.label', { value })), consumed: [] });
  }
  const found = (find: (t: string) => string[]) => where.flatMap((i) => textsOf(block(i)).flatMap(find).map((value) => ({ value, line: block(i).line })));
  const emails = found(emailsIn);
  if (new Set(emails.map((e) => e.value.toLowerCase())).size === 1) {
    out.push({ path: ['dpo', 'email'], value: emails[0]!.value, line: emails[0]!.line, what: said(msg('import.dpo.email', { value: emails[0]!.value })), consumed: [] });
  }
  const phones = found(phonesIn);
  if (new Set(phones.map((p) => p.value.replace(/\D/g, ''))).size === 1) {
    out.push({ path: ['dpo', 'phone'], value: phones[0]!.value, line: phones[0]!.line, what: said(msg('import.dpo.phone', { value: phones[0]!.value })), consumed: [] });
  }
  return out;
}
