import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'judicial-data-basis',
  severity: 'warning',
  description: {
    nl: 'Wie persoonsgegevens over strafrechtelijke veroordelingen en strafbare feiten verwerkt, zegt op welke wettelijke grond of onder welk overheidstoezicht dat gebeurt (`data.judicial.basis`).',
    en: 'Processing data on criminal convictions and offences states its legal authorisation.',
  },
  reference: 'AVG art. 10',
  judgement: 'Art. 10 vraagt een wettelijke grond of overheidstoezicht; de AVG eist niet letterlijk dat de verklaring die noemt, maar zonder grond weet de lezer niet waarom het mag.',
  applies: ({ statement }) => Boolean(statement?.data?.judicial?.processed),
  check: ({ statement }, report) => {
    if (statement!.data!.judicial!.basis) return ['data', 'judicial', 'basis'];
    report({ path: ['data', 'judicial'], message: msg('rule.judicial-data-basis.missing') });
  },
});
