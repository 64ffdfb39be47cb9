import { defineRule } from '../rule.js';

export default defineRule({
  id: 'special-category-ground',
  severity: 'error',
  description: {
    nl: 'Wie bijzondere persoonsgegevens verwerkt (gezondheid, etnische afkomst, …), noemt de uitzonderingsgrond van art. 9.2.',
    en: 'Special categories of data need an exception of art. 9.2.',
  },
  reference: 'AVG art. 9.1 en 9.2',
  applies: ({ statement }) => Boolean(statement?.data?.special && statement.data.special.processed !== false),
  check: ({ statement }, report) => {
    if (statement!.data!.special!.grounds?.length) return ['data', 'special', 'grounds'];
    report({ path: ['data', 'special'], message: 'bijzondere persoonsgegevens zonder uitzonderingsgrond: geef `grounds` (AVG art. 9.2, bv. [a] voor uitdrukkelijke toestemming)' });
  },
});
