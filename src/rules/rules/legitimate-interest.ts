import { usesBasis } from '../context.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'legitimate-interest',
  severity: 'warning',
  description: {
    nl: 'Wie zich op het gerechtvaardigd belang beroept, zegt welk belang dat is.',
    en: 'Where legitimate interest is the basis, the notice states the interest pursued.',
  },
  reference: 'AVG art. 13.1.d / 14.2.b',
  judgement: 'Het belang kan in vrije tekst staan: privnote aanvaardt een toelichting bij de rechtsgrond, een eigen naam of uitleg in `legalBases`, of een tekst in die sectie die het gerechtvaardigd belang bespreekt.',
  item: '13.1.d Gerechtvaardigde belangen',
  applies: (context) => Boolean(usesBasis(context, 'gerechtvaardigd-belang')),
  check: ({ statement }, report) => {
    const doc = statement!;
    const item = doc.legalBases?.items?.findIndex((i) => i.basis === 'gerechtvaardigd-belang' && (i.text || i.label)) ?? -1;
    if (item >= 0) return ['legalBases', 'items', item];
    const section = doc.legalBases;
    for (const key of ['text', 'closing'] as const) {
      if (section?.[key] && /gerechtvaardigd belang/i.test(section[key]!)) return ['legalBases', key];
    }
    let found: (string | number)[] | undefined;
    doc.purposes?.items.forEach((purpose, i) =>
      purpose.basis?.forEach((use, j) => {
        if (use.basis !== 'gerechtvaardigd-belang') return;
        if (use.note) found ??= ['purposes', 'items', i, 'basis', j, 'note'];
        else report({ path: ['purposes', 'items', i, 'basis', j], message: `welk gerechtvaardigd belang geldt voor "${purpose.name}"? Geef een \`note\`` });
      }),
    );
    if (found) return found;
    if (!doc.purposes?.items.some((p) => p.basis?.some((u) => u.basis === 'gerechtvaardigd-belang'))) {
      report({ path: ['legalBases'], message: 'het gerechtvaardigd belang wordt niet toegelicht: zeg welk belang de organisatie nastreeft' });
    }
  },
});
