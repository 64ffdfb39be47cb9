import type { Path } from '../../load/source-map.js';
import { groundsOf, specialCategories } from '../../model/legal.js';
import { defineRule, isStatement } from '../rule.js';

/** The art. 9.2 grounds that rest on Union or Member State law: b, g, i, j always; h unless on a care contract. */
const GROUNDS_WITH_LAW = ['b', 'g', 'h', 'i', 'j'];

export default defineRule({
  id: 'legal-basis-law',
  severity: 'warning',
  description: {
    nl: 'Een wettelijke verplichting of een taak van algemeen belang (AVG art. 6.1.c/e), en de uitzonderingen b, g, h, i en j van art. 9.2, noemen de wet, het decreet of de ordonnantie waarop ze berusten (`law`).',
    en: 'A legal obligation or public task, and art. 9.2.b/g/h/i/j, name the law they rest on.',
  },
  reference: 'AVG art. 6.3 en 9.2.b, g, h, i, j',
  judgement:
    'Art. 9.2.h kan ook op een overeenkomst met een gezondheidswerker berusten: wie zich op een overeenkomst (6.1.b) beroept, hoeft voor h geen wet te noemen. Voor 9.2.b volstaat ook een collectieve arbeidsovereenkomst in `law`.',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    let found: Path | undefined;
    const need = (path: Path, law: string | undefined, what: string) => {
      if (law?.trim()) found ??= [...path, 'law'];
      else report({ path, message: `${what}: op welke wet, welk decreet of welke ordonnantie berust dit? Noem die in \`law\`` });
    };
    doc.purposes?.items.forEach((purpose, i) =>
      purpose.basis?.forEach((use, j) => {
        if (use.basis === 'wettelijke-verplichting' || use.basis === 'algemeen-belang') {
          need(['purposes', 'items', i, 'basis', j], use.law, `"${purpose.name}" berust op ${use.basis === 'algemeen-belang' ? 'een taak van algemeen belang' : 'een wettelijke verplichting'}`);
        }
      }),
    );
    doc.legalBases?.items?.forEach((item, i) => {
      if (item.basis === 'wettelijke-verplichting' || item.basis === 'algemeen-belang') need(['legalBases', 'items', i], item.law, `de rechtsgrond "${item.basis}"`);
    });
    const onContract = doc.purposes?.items.some((p) => p.basis?.some((u) => u.basis === 'overeenkomst')) || doc.legalBases?.items?.some((b) => b.basis === 'overeenkomst');
    for (const { category, path } of specialCategories(doc)) {
      const grounds = groundsOf(category).filter((g) => GROUNDS_WITH_LAW.includes(g) && !(g === 'h' && onContract));
      if (grounds.length > 0) need(path, category.law, `"${category.name}" berust op AVG art. 9.2.${grounds.join('/')}`);
    }
    return found;
  },
});
