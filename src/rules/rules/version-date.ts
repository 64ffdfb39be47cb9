import { defineRule } from '../rule.js';

export default defineRule({
  id: 'version-date',
  severity: 'warning',
  description: {
    nl: 'Een verklaring die een versie aankondigt ("Laatst bijgewerkt"), geeft ook de datum.',
    en: 'A notice that announces a version ("last updated") also gives its date.',
  },
  reference: 'AVG art. 12.1; WP29-richtsnoeren transparantie (WP260), wijzigingen',
  applies: ({ doc }) => doc.version !== undefined,
  check: ({ doc }, report) => {
    if (doc.version!.date) return ['version', 'date'];
    report({ path: ['version'], message: `"${doc.version!.label ?? 'Versie van'}" zonder datum: vul \`version.date\` in (JJJJ-MM-DD)` });
  },
});
