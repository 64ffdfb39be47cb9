import { msg } from '../../messages/message.js';
import type { Path } from '../../load/source-map.js';
import { categoriesOf } from '../../model/legal.js';
import { defineRule, isStatement } from '../rule.js';

/** "zo lang als nodig", "zolang noodzakelijk", "niet langer dan nodig": a promise, not a period or a criterion. */
const ONLY_NECESSARY = /^\s*(?:we bewaren (?:je|uw|jouw) (?:persoons)?gegevens\s+)?(?:niet langer dan|zo ?lang als|zolang)\s+(?:(?:strikt|absoluut)\s+)?(?:nodig|noodzakelijk)(?:\s+(?:is|voor (?:de|het|dit|deze) (?:doel(?:einde)?n?|verwerking)))?\s*\.?\s*$/i;

export default defineRule({
  id: 'retention-period',
  severity: 'warning',
  description: {
    nl: 'Een bewaartermijn die alleen "zo lang als nodig" zegt, geeft geen termijn en geen criteria om die te bepalen.',
    en: 'A retention term that only says "as long as necessary" gives neither a period nor the criteria used to determine it.',
  },
  reference: 'AVG art. 13.2.a / 14.2.a; WP29-richtsnoeren over transparantie (WP260 rev.01), punt 7 van de bijlage',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    const terms: [Path, string | undefined][] = [
      ['retention', 'text'], ['retention', 'guideline'],
      ...(doc.retention?.items ?? []).map((_, i): Path => ['retention', 'items', i]),
      ...(doc.purposes?.items ?? []).map((_, i): Path => ['purposes', 'items', i, 'retention']),
      ...categoriesOf(doc).map(({ path }): Path => [...path, 'retention']),
    ].map((path) => [path, path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)?.[part], doc) as string | undefined]);
    for (const [path, term] of terms) {
      if (typeof term === 'string' && ONLY_NECESSARY.test(term)) {
        report({ path, message: msg('rule.retention-period.not-a-term', { term: term.trim() }) });
      }
    }
  },
});
