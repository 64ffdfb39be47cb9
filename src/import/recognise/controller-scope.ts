import type { Block } from '../outline.js';
import { mentionsAuthority } from './authorities.js';
import { textsOf, type Context } from './context.js';
import { mentionsDpo } from './dpo.js';

/** The words that make a name an organisation's (a legal form, or a kind of public body or association). */
export const LEGAL_FORM = /\b(?:vzw|ivzw|nv|bv|bvba|cv|cvba|vof|comm\.v|ocmw|gemeente|stad|provincie|agentschap|vereniging|stichting|school|scholengroep|federatie|club|zwemclub|voetbalclub)\b/i;

/** Where a notice says who its controller is: the controller's own section, the introduction, and what comes before
 *  the first standard section; never a block about the DPO or a supervisory authority. */
export function controllerScope(ctx: Context): { block: Block; index: number }[] {
  const first = ctx.sectionAt.findIndex((key) => key !== undefined);
  return ctx.outline.blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.kind !== 'heading')
    .filter(({ index }) => ['controller', 'introduction'].includes(ctx.sectionAt[index] ?? '') || (first === -1 ? index < 8 : index < first))
    .filter(({ block }) => !textsOf(block).some((t) => mentionsDpo(t) || mentionsAuthority(t)));
}
