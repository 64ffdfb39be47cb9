import { msg } from '../../messages/message.js';
import { dataOrigin } from '../../model/origin.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'data-origin',
  severity: 'warning',
  description: {
    nl: 'Per bron staat of de gegevens van de betrokkene zelf komen (`dataSubject: true`, AVG art. 13) of van iemand anders (`dataSubject: false`, art. 14): daarvan hangt af wat de verklaring moet vermelden.',
    en: 'Each source says whether the data are obtained from the data subject (art. 13) or elsewhere (art. 14).',
  },
  reference: 'AVG art. 13, 14 en 14.2.f',
  item: '14.2.f Herkomst en bron van de gegevens',
  applies: isStatement,
  check: ({ statement }, report) => {
    const origin = dataOrigin(statement!);
    if (origin.stated) return origin.fromOthers ?? origin.fromSubject;
    const sources = statement!.sources?.from;
    report({
      path: sources?.length ? ['sources', 'from'] : ['sources'],
      message: sources?.length
        ? msg('rule.data-origin.unclear')
        : msg('rule.data-origin.missing'),
    });
  },
});
