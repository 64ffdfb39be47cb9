import { msg } from '../../messages/message.js';
import { dataOrigin } from '../../model/origin.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'statutory-requirement',
  severity: 'warning',
  description: {
    nl: 'De verklaring zegt of de betrokkene de gegevens moet geven (wet of overeenkomst) en wat er gebeurt als hij dat niet doet.',
    en: 'The notice says whether providing the data is a statutory or contractual requirement, and the consequences of not doing so.',
  },
  reference: 'AVG art. 13.2.e',
  item: '13.2.e Verplichting om gegevens te verstrekken en gevolgen',
  applies: ({ statement }) => {
    if (!statement) return false;
    const origin = dataOrigin(statement);
    return origin.stated ? Boolean(origin.fromSubject) : 'niet vermeld';
  },
  check: ({ statement }, report) => {
    if (statement!.data?.obligation) return ['data', 'obligation'];
    report({ path: ['data'], message: msg('rule.statutory-requirement.missing') });
  },
});
