import { msg } from '../../messages/message.js';
import type { Statement } from '../../model/input.js';
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
    const version = doc.version as NonNullable<Statement['version']>;
    if (version.date) return ['version', 'date'];
    // The date from which the version applies dates it too.
    if (version.effective) return ['version', 'effective'];
    const announced = version.label ?? (version.number ? `Versie ${version.number}` : 'Versie van');
    report({ path: ['version'], message: msg('rule.version-date.missing', { announced }) });
  },
});
