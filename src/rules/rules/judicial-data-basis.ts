import { defineRule } from '../rule.js';

export default defineRule({
  id: 'judicial-data-basis',
  severity: 'warning',
  description: {
    nl: 'Wie gerechtelijke gegevens verwerkt, zegt op welke wettelijke grond of onder welk overheidstoezicht dat gebeurt.',
    en: 'Processing data on criminal convictions and offences states its legal authorisation.',
  },
  reference: 'AVG art. 10',
  judgement: 'Art. 10 vraagt een wettelijke grond of overheidstoezicht; de AVG eist niet letterlijk dat de verklaring die noemt, maar zonder grond weet de lezer niet waarom het mag.',
  applies: ({ statement }) => Boolean(statement?.data?.judicial?.processed),
  check: ({ statement }, report) => {
    if (statement!.data!.judicial!.basis) return ['data', 'judicial', 'basis'];
    report({ path: ['data', 'judicial'], message: 'gerechtelijke gegevens zonder wettelijke grond: vul `basis` in (de wet die het toelaat)' });
  },
});
