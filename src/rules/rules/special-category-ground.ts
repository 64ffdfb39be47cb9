import type { Path } from '../../load/source-map.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'special-category-ground',
  severity: 'error',
  description: {
    nl: 'Wie bijzondere persoonsgegevens verwerkt (gezondheid, etnische afkomst, …), noemt de uitzonderingsgrond van art. 9.2.',
    en: 'Special categories of data need an exception of art. 9.2.',
  },
  reference: 'AVG art. 9.1 en 9.2',
  applies: ({ statement }) => Boolean(statement?.data),
  check: ({ statement }, report) => {
    const data = statement!.data!;
    const grounds = data.special?.grounds?.length ? data.special.grounds : undefined;
    if (grounds) return ['data', 'special', 'grounds'];
    const special: Path[] = [];
    if (data.special?.categories?.length && data.special.processed !== false) special.push(['data', 'special']);
    data.categories?.forEach((c, i) => c.type && special.push(['data', 'categories', i, 'type']));
    data.groups?.forEach((g, i) => g.categories.forEach((c, j) => c.type && special.push(['data', 'groups', i, 'categories', j, 'type'])));
    for (const path of special) {
      report({ path, message: 'bijzondere persoonsgegevens zonder uitzonderingsgrond: geef `data.special.grounds` (AVG art. 9.2, bv. [a] voor uitdrukkelijke toestemming)' });
    }
  },
});
