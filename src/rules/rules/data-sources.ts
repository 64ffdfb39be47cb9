import { defineRule, isStatement } from '../rule.js';

const NAMES_A_SOURCE = /\b(halen|gehaald|krijgen|verkregen|ontvangen|afkomstig|bron(nen)?|opvragen)\b/i;

export default defineRule({
  id: 'data-sources',
  severity: 'warning',
  description: {
    nl: 'De verklaring zegt waar de gegevens vandaan komen als ze niet (alleen) van de betrokkene zelf komen.',
    en: 'The notice says where the data come from when they are not (only) obtained from the data subject.',
  },
  reference: 'AVG art. 14.2.f',
  judgement: 'Een zin in de tekst over gegevens of bronnen die zegt waar gegevens gehaald worden, volstaat.',
  item: '14.2.f Bron van de gegevens',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    if (doc.sources?.from?.length) return ['sources', 'from'];
    if (doc.sources?.text) return ['sources', 'text'];
    const index = doc.purposes?.items.findIndex((p) => p.source) ?? -1;
    if (index >= 0) return ['purposes', 'items', index, 'source'];
    if (doc.data?.text && NAMES_A_SOURCE.test(doc.data.text)) return ['data', 'text'];
    report({ path: ['sources'], message: 'niet vermeld waar de gegevens vandaan komen: voeg `sources.from` toe' });
  },
});
