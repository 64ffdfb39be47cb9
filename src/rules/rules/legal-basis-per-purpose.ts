import { msg } from '../../messages/message.js';
import type { Path } from '../../load/source-map.js';
import type { Purpose } from '../../model/input.js';
import { purposesOf } from '../../model/legal.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'legal-basis-per-purpose',
  severity: 'warning',
  description: {
    nl: 'Bij elk doeleinde staat de rechtsgrond; een algemene lijst van rechtsgronden zegt niet welke voor welk doeleinde geldt.',
    en: 'Each purpose names its legal basis; a general list of bases does not say which applies to which purpose.',
  },
  reference: 'AVG art. 13.1.c / 14.1.c',
  judgement:
    'De AVG vraagt "de doeleinden en de rechtsgrond"; de richtsnoeren van de WP29 (WP260) vragen de rechtsgrond per doeleinde. Een algemene lijst van rechtsgronden zonder koppeling aan de doeleinden wordt daarom gemeld.',
  item: '13.1.c Rechtsgrond per doeleinde',
  applies: ({ statement }) => Boolean(statement?.purposes?.items.length),
  check: ({ statement, bases }, report) => {
    const items = statement!.purposes!.items;
    // A purpose rests on its own basis, or on its purpose's (a sub-purpose); one without rests on its sub-purposes'.
    const uncovered = (purpose: Purpose, path: Path): { purpose: Purpose; path: Path }[] =>
      purpose.basis?.length ? [] : purpose.items?.length ? purpose.items.flatMap((sub, i) => uncovered(sub, [...path, 'items', i])) : [{ purpose, path }];
    const without = items.flatMap((purpose, index) => uncovered(purpose, ['purposes', 'items', index]));
    if (without.length === 0) return ['purposes', 'items', 0, 'basis'];
    if (bases.length === 0) return; // no basis at all: that is `legal-basis`
    // One basis for everything leaves no doubt which basis a purpose rests on.
    if (new Set(bases.map((use) => use.basis)).size === 1) return ['legalBases'];
    if (!purposesOf(statement!).some(({ purpose }) => purpose.basis?.length)) {
      report({
        path: ['purposes', 'items'],
        message: msg('rule.legal-basis-per-purpose.shared', { count: items.length }),
      });
      return;
    }
    for (const { purpose, path } of without) {
      report({ path, message: msg('rule.legal-basis-per-purpose.missing', { name: purpose.name }) });
    }
  },
});
