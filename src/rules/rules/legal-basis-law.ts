import { msg, type Message } from '../../messages/message.js';
import type { Path } from '../../load/source-map.js';
import type { Statement } from '../../model/input.js';
import { groundsOf, purposesOf, specialCategories } from '../../model/legal.js';
import { defineRule, isStatement } from '../rule.js';

/** The art. 9.2 grounds that rest on Union or Member State law: b, g, i, j always; h unless on a care contract. */
const GROUNDS_WITH_LAW = ['b', 'g', 'h', 'i', 'j'];
/** Words that name a legal instrument: a free text with one of them may cite the law (a hint, not a check). */
const NAMES_A_LAW = /\b(wet|decreet|ordonnantie|verordening|besluit|wetboek|KB|BVR)\b/i;
type Basis = 'wettelijke-verplichting' | 'algemeen-belang';
const WITH_LAW: readonly string[] = ['wettelijke-verplichting', 'algemeen-belang'];

/** Where the notice speaks of its laws in free text: the texts of its legal bases, or its legal framework. */
function lawsInText(doc: Statement): Path | undefined {
  if (doc.legalFramework?.groups?.some((group) => group.items?.length)) return ['legalFramework'];
  const texts: [Path, string | undefined][] = [
    [['legalBases', 'text'], doc.legalBases?.text],
    [['legalBases', 'closing'], doc.legalBases?.closing],
    ...(doc.legalBases?.items ?? []).map((item, i): [Path, string | undefined] => [['legalBases', 'items', i, 'text'], item.text]),
    [['data', 'special', 'text'], doc.data?.special?.text],
  ];
  return texts.find(([, text]) => text && NAMES_A_LAW.test(text))?.[0];
}

export default defineRule({
  id: 'legal-basis-law',
  severity: 'warning',
  description: {
    nl: 'Een wettelijke verplichting of een taak van algemeen belang (AVG art. 6.1.c/e), en de uitzonderingen b, g, h, i en j van art. 9.2, noemen de wet, het decreet of de ordonnantie waarop ze berusten (`law`).',
    en: 'A legal obligation or public task, and art. 9.2.b/g/h/i/j, name the law they rest on.',
  },
  reference: 'AVG art. 6.3 en 9.2.b, g, h, i, j',
  judgement:
    'Een wet bij de rechtsgrond in de lijst van rechtsgronden geldt voor de doeleinden die erop berusten; categorieën met dezelfde grond worden samen gemeld. Noemt de verklaring haar wetten in vrije tekst (het wettelijk kader, de uitleg bij de rechtsgronden), dan is het een hint. Art. 9.2.h kan ook op een overeenkomst met een gezondheidswerker berusten: wie zich op een overeenkomst (6.1.b) beroept, hoeft voor h geen wet te noemen. Voor 9.2.b volstaat ook een collectieve arbeidsovereenkomst in `law`.',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    const missing: { path: Path; what: Message }[] = [];
    let found: Path | undefined;
    const need = (path: Path, law: string | undefined, what: Message) => {
      if (law?.trim()) found ??= [...path, 'law'];
      else missing.push({ path, what });
    };
    // A law given at the basis in the list of legal bases covers the purposes that rest on that basis.
    const listed = new Set(doc.legalBases?.items?.filter((item) => item.law?.trim()).map((item) => item.basis));
    for (const { purpose, path } of purposesOf(doc)) {
      purpose.basis?.forEach((use, j) => {
        if (!WITH_LAW.includes(use.basis) || listed.has(use.basis)) return;
        need([...path, 'basis', j], use.law, msg(use.basis === 'algemeen-belang' ? 'rule.legal-basis-law.public-task' : 'rule.legal-basis-law.obligation', { name: purpose.name }));
      });
    }
    doc.legalBases?.items?.forEach((item, i) => {
      if (WITH_LAW.includes(item.basis)) need(['legalBases', 'items', i], item.law, msg('rule.legal-basis-law.basis', { basis: item.basis as Basis }));
    });
    const onContract = purposesOf(doc).some(({ purpose }) => purpose.basis?.some((u) => u.basis === 'overeenkomst')) || doc.legalBases?.items?.some((b) => b.basis === 'overeenkomst');
    // Categories that rest on the same ground(s) without a law are one finding, not one per category.
    const byGround = new Map<string, { path: Path; names: string[] }>();
    for (const { category, path } of specialCategories(doc)) {
      const grounds = groundsOf(category).filter((g) => GROUNDS_WITH_LAW.includes(g) && !(g === 'h' && onContract));
      if (grounds.length === 0) continue;
      if (category.law?.trim()) found ??= [...path, 'law'];
      else {
        const key = grounds.join('/');
        if (!byGround.has(key)) byGround.set(key, { path, names: [] });
        byGround.get(key)!.names.push(category.name);
      }
    }
    for (const [grounds, { path, names }] of byGround) {
      missing.push({ path, what: names.length === 1 ? msg('rule.legal-basis-law.category', { name: names[0]!, grounds }) : msg('rule.legal-basis-law.categories', { count: names.length, grounds }) });
    }
    if (missing.length === 0) return found;
    const inText = lawsInText(doc);
    if (inText) {
      report({ path: inText, severity: 'info', message: msg('rule.legal-basis-law.in-text', { count: missing.length }) });
      return inText;
    }
    for (const { path, what } of missing) report({ path, message: msg('rule.legal-basis-law.missing', { what }) });
    return found;
  },
});
