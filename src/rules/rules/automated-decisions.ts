import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'automated-decisions',
  severity: 'warning',
  description: {
    nl: 'De verklaring zegt of er geautomatiseerde besluitvorming (met profilering) is (`rights.automated.used`), en zo ja: de logica, het belang en de verwachte gevolgen.',
    en: 'The notice says whether automated decision-making (including profiling) takes place, and if so its logic, significance and envisaged consequences.',
  },
  reference: 'AVG art. 13.2.f / 14.2.g, art. 22.1 en 22.4',
  judgement:
    'Niet vermeld is een waarschuwing (de AVG vraagt de informatie "in voorkomend geval"; zonder vermelding weet de lezer het niet). Wel gebruikt maar zonder logica, belang of gevolgen is een fout. Een vrije tekst in `rights.automatedDecisions` zegt het misschien, maar privnote kan dat niet nakijken: dan is het een hint.',
  item: '13.2.f Geautomatiseerde besluitvorming en profilering',
  applies: isStatement,
  check: ({ statement }, report) => {
    const rights = statement!.rights;
    const automated = rights?.automated;
    if (automated?.used === false) return ['rights', 'automated', 'used'];
    if (automated?.used) {
      const missing = (['logic', 'significance', 'consequences'] as const).filter((key) => !automated[key]?.trim());
      const names = { logic: msg('rule.automated-decisions.logic'), significance: msg('rule.automated-decisions.significance'), consequences: msg('rule.automated-decisions.consequences') };
      if (missing.length === 0) return ['rights', 'automated'];
      report({ path: ['rights', 'automated'], severity: 'error', message: msg('rule.automated-decisions.incomplete', { missing: missing.map((k) => names[k]) }) });
      return;
    }
    // The free-text field for this item: it says something, but privnote cannot check what.
    if (rights?.automatedDecisions?.trim()) {
      report({ path: ['rights', 'automatedDecisions'], severity: 'info', message: msg('rule.automated-decisions.in-text') });
      return;
    }
    report({ path: ['rights'], message: msg('rule.automated-decisions.missing') });
  },
});
