import { msg } from '../../messages/message.js';
import { groundsOf, specialCategories } from '../../model/legal.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'special-category-ground',
  severity: 'error',
  description: {
    nl: 'Elke categorie bijzondere persoonsgegevens (gezondheid, etnische afkomst, overtuiging, …) noemt haar uitzonderingsgrond van art. 9.2 (`ground`); 9.2.d past enkel bij een vereniging zonder winstoogmerk met een politiek, levensbeschouwelijk, religieus of vakbondsdoel (`aim`), voor haar leden.',
    en: 'Each special category of data names its art. 9.2 exception; 9.2.d only suits a not-for-profit body with a political, philosophical, religious or trade-union aim.',
  },
  reference: 'AVG art. 9.1 en 9.2',
  applies: ({ statement }) => Boolean(statement?.data),
  check: ({ statement }, report) => {
    const doc = statement!;
    const special = specialCategories(doc);
    const withAim = doc.controller.entities.some((entity) => entity.type === 'vereniging' && entity.aim);
    let found: (string | number)[] | undefined;
    for (const { category, path } of special) {
      const grounds = groundsOf(category);
      if (grounds.length === 0) {
        report({ path, message: msg('rule.special-category-ground.missing', { name: category.name }) });
      } else if (grounds.includes('d') && !withAim) {
        report({ path: [...path, 'ground'], message: msg('rule.special-category-ground.association', { name: category.name }) });
      } else found ??= [...path, 'ground'];
    }
    return found;
  },
});
