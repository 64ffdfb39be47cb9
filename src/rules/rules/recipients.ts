import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'recipients',
  severity: 'error',
  description: {
    nl: 'De verklaring zegt met wie de gegevens gedeeld worden (ontvangers, verwerkers), of dat ze niet gedeeld worden.',
    en: 'The notice names the recipients or categories of recipients, or says there are none.',
  },
  reference: 'AVG art. 13.1.e / 14.1.e',
  item: '13.1.e Ontvangers of categorieën van ontvangers',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    const r = doc.recipients;
    if (r?.items?.length) return ['recipients', 'items'];
    if (r?.processors?.length) return ['recipients', 'processors'];
    if (r?.text) return ['recipients', 'text'];
    if (r?.closing) return ['recipients', 'closing'];
    const index = doc.purposes?.items.findIndex((p) => p.recipients) ?? -1;
    if (index >= 0) return ['purposes', 'items', index, 'recipients'];
    report({ path: ['recipients'], message: msg('rule.recipients.missing') });
  },
});
