import { msg } from '../../messages/message.js';
import type { LegalBasisCode } from '../../model/input.js';
import { texts } from '../../model/texts.js';
import { denies, plain, sentences, textsOf, type Context } from './context.js';
import { said } from './details.js';
import type { Recognised } from './index.js';
import { lists } from './lists.js';
import { purposeHeadings } from './purpose-headings.js';

const BY_LETTER: Record<string, LegalBasisCode> = {
  a: 'toestemming', b: 'overeenkomst', c: 'wettelijke-verplichting', d: 'vitaal-belang', e: 'algemeen-belang', f: 'gerechtvaardigd-belang',
};

/** AVG art. 6.1.a–f as written: "art. 6.1.e AVG", "artikel 6, lid 1, c)", "art. 6 §1 f". */
const ARTICLE = /\bart(?:ikel|\.)?\s*6\s*(?:[.,]\s*|\s*§\s*|,?\s*lid\s*)1\s*[.,]?\s*(?:,\s*)?(?:punt\s*)?\(?([a-f])\b\)?/gi;

/** The Dutch phrasings of each basis, strict enough that the word alone ("overeenkomst" in "verwerkersovereenkomst",
 *  "toestemming" in "zonder toestemming") does not count. */
const PHRASES: [LegalBasisCode, RegExp][] = [
  ['toestemming', /(?:op basis van|gebaseerd op|steunt op|berust op|met|na|mits|rechtsgrond is)\s+(?:je |jouw |uw |de |hun |uitdrukkelijke |voorafgaande |vrije |geïnformeerde |schriftelijke )*toestemming|toestemming\s+(?:in\s?te\s?trekken|intrekken)|(?<!zonder\s)\b(?:jouw|uw|je) toestemming\b/i],
  ['overeenkomst', /(?:op basis van|gebaseerd op|steunt op|berust op) (?:de|een|het|onze) (?:overeenkomst|contract)|uitvoering van (?:een|de|het|onze) (?:overeenkomst|contract|arbeidsovereenkomst)|(?:noodzakelijk|nodig) (?:voor|om) (?:de|een) (?:overeenkomst|contract)|contractuele (?:verplichting|relatie)|precontractuele/i],
  ['wettelijke-verplichting', /wettelijke (?:verplichting|plicht)|wettelijk verplicht|verplicht door de wet|wettelijke (?:opdracht|bepaling)/i],
  ['vitaal-belang', /vita(?:al|le) belang/i],
  ['algemeen-belang', /algemeen belang|openbaar gezag/i],
  ['gerechtvaardigd-belang', /gerechtvaardigde? belang/i],
];

/** A subheading or an item that opens with a basis's own name ("1. Toestemming", "Taak van algemeen belang: …"). */
const NAMES: [LegalBasisCode, RegExp][] = [
  ['toestemming', /^toestemming\b/i],
  ['overeenkomst', /^(?:uitvoering van (?:een|de) )?(?:overeenkomst|contract)\b/i],
  ['wettelijke-verplichting', /^wettelijke (?:verplichting|plicht)\b/i],
  ['vitaal-belang', /^vita(?:al|le) belang/i],
  ['algemeen-belang', /^(?:(?:een )?taak van )?algemeen belang\b/i],
  ['gerechtvaardigd-belang', /^gerechtvaardigde? belang/i],
];
export const basisNamed = (text: string): LegalBasisCode | undefined => {
  const words = plain(text).replace(/^\s*(?:\d+[.)]|[a-f][.)])\s*/, '').trim();
  return NAMES.find(([, re]) => re.test(words))?.[0];
};

/** The bases a sentence names and does not deny. */
export function basesIn(sentence: string): LegalBasisCode[] {
  if (denies(sentence)) return [];
  const found = new Set<LegalBasisCode>([...sentence.matchAll(ARTICLE)].map((m) => BY_LETTER[m[1]!.toLowerCase()]!));
  PHRASES.filter(([, re]) => re.test(sentence)).forEach(([code]) => found.add(code));
  return [...found];
}

/** The bases a text names, sentence by sentence. */
export const basesOfText = (text: string): LegalBasisCode[] => [...new Set(sentences(text).flatMap(basesIn))];

const label = (code: LegalBasisCode): string => texts().legalBases[code]?.label ?? code;

/**
 * Legal bases named in the text. In the section on legal bases, a list whose every item names exactly one basis
 * becomes `legalBases.items` with the item as its text (consumed); any other mention there, or a mention of a basis
 * with a rule's words elsewhere (outside the purposes, where the purposes list carries it), is extracted only, once
 * per basis; a basis that a purpose already carries is not repeated.
 */
export function legalBases(ctx: Context): Recognised[] {
  const out: Recognised[] = [];
  const purposes = [...lists(ctx), ...purposeHeadings(ctx)].filter((r) => r.path[0] === 'purposes');
  /** Blocks that became purposes: the bases they name go with those purposes. */
  const carried = new Set(purposes.flatMap((r) => r.consumed));
  const seen = new Set<LegalBasisCode>((purposes.flatMap((r) => r.value) as { basis?: { basis: LegalBasisCode }[] }[]).flatMap((p) => p.basis ?? []).map((b) => b.basis));
  ctx.outline.blocks.forEach((block, index) => {
    const section = ctx.sectionAt[index];
    if (block.kind === 'heading') {
      const code = section === 'legalBases' ? basisNamed(block.text) : undefined;
      if (code && !seen.has(code)) {
        seen.add(code);
        out.push({ path: ['legalBases', 'items'], value: [{ basis: code }], line: block.line, what: said(msg('import.basis', { basis: label(code) })), consumed: [] });
      }
      return;
    }
    if (carried.has(index) || section === 'complaints' || section === 'rights') return;
    if (section === 'legalBases' && block.kind === 'list') {
      const each = block.items.map((item) => [...new Set([...basesOfText(item), ...[basisNamed(item)].filter((c) => c !== undefined)])]);
      if (each.every((codes) => codes.length === 1) && new Set(each.flat()).size === each.length) {
        const value = block.items.map((item, i) => ({ basis: each[i]![0]!, text: item }));
        value.forEach((v) => seen.add(v.basis));
        out.push({ path: ['legalBases', 'items'], value, line: block.line, what: value.map((v) => said(msg('import.basis', { basis: label(v.basis) }))).join('; '), consumed: [index] });
        return;
      }
    }
    const inSection = section === 'legalBases';
    textsOf(block)
      .flatMap((t) => (inSection ? basesOfText(t) : sentences(t).filter((s) => /rechtsgrond|op basis van|grondslag|art(?:ikel|\.)\s*6/i.test(s)).flatMap(basesIn)))
      .filter((code) => !seen.has(code))
      .forEach((code) => {
        seen.add(code);
        out.push({ path: ['legalBases', 'items'], value: [{ basis: code }], line: block.line, what: said(msg('import.basis', { basis: label(code) })), consumed: [] });
      });
  });
  return out;
}
