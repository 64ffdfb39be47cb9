import { msg } from '../../messages/message.js';
import { dataOrigin } from '../../model/origin.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'data-categories',
  severity: 'error',
  description: {
    nl: 'Krijgt de organisatie gegevens van iemand anders dan de betrokkene (art. 14), dan noemt de verklaring de categorieën van persoonsgegevens, of de uitzondering van art. 14.5 waarop ze zich beroept.',
    en: 'Where data are not obtained from the data subject, the notice lists the categories of personal data (or the art. 14.5 exemption relied on).',
  },
  reference: 'AVG art. 14.1.d en 14.5',
  item: '14.1.d Categorieën van persoonsgegevens',
  applies: ({ statement }) => {
    if (!statement) return false;
    const origin = dataOrigin(statement);
    return origin.stated ? Boolean(origin.fromOthers) : 'niet vermeld';
  },
  check: ({ statement }, report) => {
    const doc = statement!;
    const data = doc.data;
    if (data?.categories?.length) return ['data', 'categories'];
    if (data?.groups?.length) return ['data', 'groups'];
    if (data?.special?.categories?.length) return ['data', 'special', 'categories'];
    const index = doc.purposes?.items.findIndex((p) => p.data) ?? -1;
    if (index >= 0) return ['purposes', 'items', index, 'data'];
    if (doc.sources?.exemption) return ['sources', 'exemption'];
    // Without a data section, the finding stands at the source the data come from.
    report({ path: doc.data ? ['data'] : dataOrigin(doc).fromOthers!.slice(0, -1), message: msg('rule.data-categories.missing') });
  },
});
