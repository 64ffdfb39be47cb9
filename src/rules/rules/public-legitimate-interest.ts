import { usesBasis } from '../context.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'public-legitimate-interest',
  severity: 'warning',
  description: {
    nl: 'Een overheid kan zich voor haar taken niet op het gerechtvaardigd belang beroepen.',
    en: 'A public authority may not rely on legitimate interest for the performance of its tasks.',
  },
  reference: 'AVG art. 6.1, laatste alinea',
  judgement: 'Voor activiteiten buiten haar publieke taken kan een overheid het gerechtvaardigd belang wel gebruiken; ga na of dat hier zo is.',
  applies: ({ statement, bases }) => Boolean(statement?.publicBody) && bases.length > 0,
  check: (context, report) => {
    const use = usesBasis(context, 'gerechtvaardigd-belang');
    if (use) report({ path: use.path, message: 'een overheid beroept zich op het gerechtvaardigd belang: dat kan niet voor haar publieke taken' });
    return context.bases[0]?.path;
  },
});
