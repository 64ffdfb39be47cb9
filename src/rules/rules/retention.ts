import { msg } from '../../messages/message.js';
import { categoriesOf } from '../../model/legal.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'retention',
  severity: 'error',
  description: {
    nl: 'Voor elk doeleinde staat een bewaartermijn, of de verklaring geeft de criteria om die te bepalen.',
    en: 'Each purpose has a retention period, or the notice gives the criteria that determine it.',
  },
  reference: 'AVG art. 13.2.a / 14.2.a',
  item: '13.2.a Bewaartermijn of criteria',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    const general = doc.retention && (doc.retention.text || doc.retention.closing || doc.retention.items?.length || doc.retention.guideline);
    const purposes = doc.purposes?.items ?? [];
    const withTerm = purposes.filter((p) => p.retention !== undefined);
    // A purpose with an empty term is a gap reported by `empty-text`; one without any is reported here.
    if (withTerm.length > 0 && !general) {
      purposes.forEach((purpose, index) => {
        if (purpose.retention === undefined) {
          report({ path: ['purposes', 'items', index], message: msg('rule.retention.purpose', { name: purpose.name }) });
        }
      });
      return ['purposes', 'items', purposes.indexOf(withTerm[0]!), 'retention'];
    }
    if (general) return ['retention'];
    // A term beside every category of data (data.categories[].retention) is the notice's retention period too.
    const categories = categoriesOf(doc);
    if (categories.some(({ category }) => category.retention !== undefined)) {
      const without = categories.filter(({ category }) => category.retention === undefined);
      for (const { category, path } of without) {
        report({ path, message: msg('rule.retention.category', { name: category.name }) });
      }
      const first = categories.find(({ category }) => category.retention !== undefined)!;
      return without.length ? undefined : [...first.path, 'retention'];
    }
    report({ path: ['retention'], message: msg('rule.retention.none') });
  },
});
