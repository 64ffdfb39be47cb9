import { defineRule, isStatement } from '../rule.js';

const MENTIONS_TRANSFER = /\b(binnen|buiten) de (EU|Europese Unie|EER|Europese Economische Ruimte)\b|derde land|doorgifte/i;

export default defineRule({
  id: 'third-country-transfers',
  severity: 'warning',
  description: {
    nl: 'De verklaring zegt of gegevens naar een land buiten de EER gaan, en zo ja met welke waarborg.',
    en: 'The notice says whether data leave the EEA and, if so, under which safeguard.',
  },
  reference: 'AVG art. 13.1.f / 14.1.f',
  judgement:
    'De AVG vraagt dit "in voorkomend geval"; zonder vermelding weet de lezer niet of er doorgifte is. Een zin als "binnen de EU verwerken" in de tekst over ontvangers volstaat.',
  item: '13.1.f Doorgifte naar derde landen en waarborgen',
  applies: isStatement,
  check: ({ statement }, report) => {
    const r = statement!.recipients;
    if (r?.transfers?.none || r?.transfers?.text?.trim()) return ['recipients', 'transfers'];
    const safeguarded = r?.processors?.findIndex((p) => p.safeguard) ?? -1;
    if (safeguarded >= 0) return ['recipients', 'processors', safeguarded, 'safeguard'];
    for (const key of ['text', 'closing'] as const) {
      if (r?.[key] && MENTIONS_TRANSFER.test(r[key]!)) return ['recipients', key];
    }
    report({ path: ['recipients'], message: 'niet vermeld of er gegevens buiten de EER gaan: voeg `recipients.transfers` toe (bv. `none: true`)' });
  },
});
