import type { Statement } from '../../model/input.js';
import { groundsOf, specialCategories } from '../../model/legal.js';
import { usesBasis } from '../context.js';
import { defineRule } from '../rule.js';

const WITHDRAWAL = /intrek|ingetrokken|intrekking/i;

/** A special category that rests on explicit consent (AVG art. 9.2.a). */
const explicitConsent = (statement: Statement) => specialCategories(statement).find(({ category }) => groundsOf(category).includes('a'));

export default defineRule({
  id: 'consent-withdrawal',
  severity: 'error',
  description: {
    nl: 'Wie zich op toestemming beroept, zegt dat de betrokkene die altijd kan intrekken.',
    en: 'Where consent is a basis, the notice states the right to withdraw it at any time.',
  },
  reference: 'AVG art. 13.2.c / 14.2.d, art. 7.3',
  judgement: 'Behalve `legalBases.consent` of het recht `intrekking` aanvaardt privnote een tekst over rechtsgronden, rechten of een toelichting bij een rechtsgrond die het intrekken van toestemming vermeldt.',
  item: '13.2.c Recht om toestemming in te trekken',
  applies: (context) =>
    Boolean(usesBasis(context, 'toestemming') || (context.statement && explicitConsent(context.statement))),
  check: (context, report) => {
    const { statement, strings } = context;
    const doc = statement!;
    if (doc.legalBases?.consent) return ['legalBases', 'consent'];
    const index = doc.rights?.items?.findIndex((item) => item.right === 'intrekking') ?? -1;
    if (index >= 0) return ['rights', 'items', index];
    const mention = strings.find(
      ({ value, path }) => (path[0] === 'legalBases' || path[0] === 'rights' || path.includes('basis')) && WITHDRAWAL.test(value),
    );
    if (mention) return mention.path;
    report({
      path: usesBasis(context, 'toestemming')?.path ?? [...explicitConsent(doc)!.path, 'ground'],
      message: 'toestemming is een rechtsgrond, maar nergens staat dat je ze kan intrekken: voeg `legalBases.consent` toe',
    });
  },
});
