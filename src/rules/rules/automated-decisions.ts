import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'automated-decisions',
  severity: 'warning',
  description: {
    nl: 'De verklaring zegt of er geautomatiseerde besluitvorming of profilering is, en zo ja hoe die werkt.',
    en: 'The notice says whether automated decision-making or profiling takes place, and if so how it works.',
  },
  reference: 'AVG art. 13.2.f / 14.2.g, art. 22',
  judgement: 'De AVG vraagt dit waar zulke besluitvorming bestaat; de WP29 raadt aan ook te zeggen dat ze er niet is.',
  item: '13.2.f Geautomatiseerde besluitvorming en profilering',
  applies: isStatement,
  check: ({ statement }, report) => {
    const rights = statement!.rights;
    if (rights?.automatedDecisions) return ['rights', 'automatedDecisions'];
    const index = rights?.items?.findIndex((item) => item.right === 'geautomatiseerde-besluitvorming') ?? -1;
    if (index >= 0) return ['rights', 'items', index];
    report({ path: ['rights'], message: 'niet vermeld of er geautomatiseerde besluitvorming of profilering is: voeg `rights.automatedDecisions` toe' });
  },
});
