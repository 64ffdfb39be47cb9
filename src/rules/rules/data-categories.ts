import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'data-categories',
  severity: 'error',
  description: { nl: 'De verklaring noemt de categorieën van persoonsgegevens.', en: 'The notice lists the categories of personal data.' },
  reference: 'AVG art. 14.1.d',
  item: '14.1.d Categorieën van persoonsgegevens',
  applies: isStatement,
  check: ({ statement }, report) => {
    const data = statement!.data;
    if (data?.categories?.length) return ['data', 'categories'];
    if (data?.groups?.length) return ['data', 'groups'];
    if (data?.special?.categories?.length) return ['data', 'special', 'categories'];
    const index = statement!.purposes?.items.findIndex((p) => p.data) ?? -1;
    if (index >= 0) return ['purposes', 'items', index, 'data'];
    report({ path: ['data'], message: 'geen categorieën van persoonsgegevens: voeg `data.categories` toe' });
  },
});
