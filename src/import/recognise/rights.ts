import { msg } from '../../messages/message.js';
import type { RightCode } from '../../model/rights.js';
import { texts } from '../../model/texts.js';
import { blocksIn, denies, sentences, textsOf, type Context } from './context.js';
import { said } from './details.js';
import type { Recognised } from './index.js';

/** How Dutch notices name each right; checked in this order, so "toestemming intrekken" is not taken for wissing. */
const RIGHTS: [RightCode, RegExp][] = [
  ['intrekking', /(?:toestemming\b[^.]{0,40}\b(?:in\s?te\s?trekken|intrekken|intrekking)|intrekking van (?:je |jouw |uw |de )?toestemming)/i],
  ['inzage', /\binzage\b|(?:je|jouw|uw) (?:persoons)?gegevens (?:zien|inkijken|bekijken|opvragen)\b|welke (?:persoons)?gegevens we (?:over|van) (?:je|jou|u) (?:hebben|bijhouden|verwerken)|een kopie (?:vragen|krijgen|opvragen|van (?:je|jouw|uw) (?:persoons)?gegevens)|\binkijken\b|\bin te kijken\b|(?:recht op|verzoeken om) toegang/i],
  ['verbetering', /verbetering|verbeteren|rectificatie|correctie|laten corrigeren/i],
  ['wissing', /wissing|gegevens (?:te )?(?:laten )?verwijderen|\bwissen\b|laten verwijderen|verwijdering|vergetelheid|vergeten (?:te )?worden/i],
  ['beperking', /beperking|minder gegevens (?:te )?verwerken|(?:verwerking|gebruik) (?:te )?(?:laten )?beperken/i],
  ['overdraagbaarheid', /overdraagbaarheid|gegevens (?:door ?te ?geven|over te dragen) aan een andere (?:organisatie|verantwoordelijke|verwerkingsverantwoordelijke)|over (?:te )?(?:laten )?dragen|overdragen|(?:gangbaar|gestructureerd|machineleesbaar)[^.]{0,40}(?:formaat|vorm)/i],
  ['bezwaar', /bezwaar/i],
  ['geautomatiseerde-besluitvorming', /geautomatiseerde (?:individuele )?(?:besluitvorming|beslissing)|profilering/i],
];

/** The rights a sentence names as the reader's. A sentence that denies before any condition ("is niet van
 *  toepassing", "kunnen we niet wissen") names none; a denial inside a condition ("bezwaar maken als je niet akkoord
 *  gaat", "behalve als wij wettelijk verplicht zijn") does not take the right away. */
export function rightsIn(sentence: string): RightCode[] {
  const main = sentence.split(/\b(?:als|indien|wanneer|tenzij|zodra)\b|,?\s*behalve\b|\(/i)[0]!;
  if (denies(main)) return [];
  return RIGHTS.filter(([, re]) => re.test(sentence)).map(([code]) => code);
}

const label = (code: RightCode): string => texts().rights[code]?.label ?? code;

/**
 * Rights named in the section on rights. A list whose every item names exactly one right, each a different one,
 * becomes `rights.items` with the item as its text (consumed); rights named elsewhere in the section are extracted
 * only, in the order they are first named.
 */
export function rights(ctx: Context): Recognised[] {
  const out: Recognised[] = [];
  const seen = new Set<RightCode>();
  const add = (codes: RightCode[], line: number) =>
    [...new Set(codes)].filter((c) => !seen.has(c)).forEach((right) => {
      seen.add(right);
      out.push({ path: ['rights', 'items'], value: [{ right }], line, what: said(msg('import.right', { right: label(right) })), consumed: [] });
    });
  for (const { block, index } of blocksIn(ctx, 'rights')) {
    if (block.kind === 'list') {
      const each = block.items.map((item) => [...new Set(sentences(item).slice(0, 1).flatMap(rightsIn))]);
      if (each.every((codes) => codes.length === 1) && new Set(each.flat()).size === each.length && each.every(([c]) => !seen.has(c!))) {
        const value = block.items.map((text, i) => ({ right: each[i]![0]!, text }));
        value.forEach((v) => seen.add(v.right));
        out.push({ path: ['rights', 'items'], value, line: block.line, what: value.map((v) => said(msg('import.right', { right: label(v.right) }))).join('; '), consumed: [index] });
        continue;
      }
    }
    add(textsOf(block).flatMap((t) => sentences(t).flatMap(rightsIn)), block.line);
  }
  ctx.outline.blocks.forEach((block, index) => {
    if (block.kind === 'heading' && ctx.sectionAt[index] === 'rights') add(rightsIn(block.text), block.line);
  });
  return out;
}
