import { msg } from '../../messages/message.js';
import type { Block } from '../outline.js';
import { textsOf, type Context } from './context.js';
import { emailsIn, phonesIn, said } from './details.js';
import type { Recognised } from './index.js';

const DPO = /functionaris (?:voor |van )?(?:de )?gegevensbescherming|\bDPO\b|data protection officer|(?:GDPR|AVG|privacy)-?\s?aanspreekpunt|informatieveiligheidsconsulent/i;
const LABEL = /\b((?:GDPR|AVG|privacy)-?\s?aanspreekpunt)\b/i;

export const mentionsDpo = (text: string): boolean => DPO.test(text);

/**
 * The DPO's e-mail and phone: in the block that names the DPO, or else in the block right after it (in the same
 * section, when the naming block has none). A block that also names a supervisory authority is left alone.
 */
export function dpo(ctx: Context): Recognised[] {
  const blocks = ctx.outline.blocks;
  const block = (i: number): Block => blocks[i]!;
  const at = blocks.findIndex((b) => b.kind !== 'heading' && textsOf(b).some(mentionsDpo) && textsOf(b).some((t) => emailsIn(t).length + phonesIn(t).length > 0));
  const named = at === -1 ? blocks.findIndex((b) => textsOf(b).some(mentionsDpo)) : at;
  if (named === -1) return [];
  const candidates = [named, named + 1].filter((i) => i < blocks.length && block(i).kind !== 'heading' && ctx.sectionAt[i] === ctx.sectionAt[named]);
  const where = candidates.find((i) => textsOf(block(i)).some((t) => emailsIn(t).length + phonesIn(t).length > 0));
  const out: Recognised[] = [];
  const label = textsOf(block(named)).map((t) => LABEL.exec(t)?.[1]).find((l) => l !== undefined);
  if (label) out.push({ path: ['dpo', 'label'], value: label, line: block(named).line, what: said(msg('import.dpo.label', { value: label })), consumed: [] });
  if (where === undefined) return out;
  const texts = textsOf(block(where)).join('\n');
  const emails = [...new Set(emailsIn(texts))];
  const phones = [...new Set(phonesIn(texts))];
  if (emails.length === 1) out.push({ path: ['dpo', 'email'], value: emails[0], line: block(where).line, what: said(msg('import.dpo.email', { value: emails[0]! })), consumed: [] });
  if (phones.length === 1) out.push({ path: ['dpo', 'phone'], value: phones[0], line: block(where).line, what: said(msg('import.dpo.phone', { value: phones[0]! })), consumed: [] });
  return out;
}
