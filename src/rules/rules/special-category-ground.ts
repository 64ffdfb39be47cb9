import { groundsOf, specialCategories } from '../../model/legal.js';
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
    const special = specialCategories(statement!);
    const without = special.filter(({ category }) => groundsOf(category).length === 0);
    if (special.length > 0 && without.length === 0) return [...special[0]!.path, 'ground'];
    for (const { path } of without) {
      report({ path, message: 'bijzondere persoonsgegevens zonder uitzonderingsgrond: geef de categorie een `ground` (AVG art. 9.2, bv. `ground: a` voor uitdrukkelijke toestemming)' });
    }
  },
});
