import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';
import { isPublicBody } from '../public.js';

export default defineRule({
  id: 'public-legitimate-interest',
  severity: 'warning',
  description: {
    nl: 'Een overheid kan zich voor haar taken niet op het gerechtvaardigd belang beroepen.',
    en: 'A public authority may not rely on legitimate interest for the performance of its tasks.',
  },
  reference: 'AVG art. 6.1, laatste alinea',
  judgement:
    'Voor activiteiten buiten haar publieke taken kan een overheid het gerechtvaardigd belang wel gebruiken; ga na of dat hier zo is. Een rechtsgrond met `appliesTo` (bv. "de private partners") wordt niet gemeld.',
  applies: ({ statement, bases }) => isPublicBody(statement) && bases.length > 0,
  check: ({ statement, bases }, report) => {
    // The use of the basis the path points at (`…basis.j.basis`): a purpose's or a sub-purpose's.
    const appliesToSome = (path: (string | number)[]) =>
      path[0] === 'purposes' && (path.slice(0, -1).reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], statement) as { appliesTo?: string }).appliesTo;
    for (const use of bases.filter((b) => b.basis === 'gerechtvaardigd-belang' && !appliesToSome(b.path))) {
      report({ path: use.path, message: msg('rule.public-legitimate-interest.found') });
    }
    return bases[0]?.path;
  },
});
