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
      const names = { logic: 'de onderliggende logica (`logic`)', significance: 'het belang (`significance`)', consequences: 'de verwachte gevolgen (`consequences`)' };
      if (missing.length === 0) return ['rights', 'automated'];
      report({ path: ['rights', 'automated'], severity: 'error', message: `er is geautomatiseerde besluitvorming, maar niet vermeld: ${missing.map((k) => names[k]).join(', ')}` });
      return;
    }
    // The free-text field for this item: it says something, but privnote cannot check what.
    if (rights?.automatedDecisions?.trim()) {
      report({ path: ['rights', 'automatedDecisions'], severity: 'info', message: 'de tekst spreekt over geautomatiseerde besluitvorming; zeg het ook in `rights.automated` (`used: true` of `false`), dan kan privnote het nakijken' });
      return;
    }
    report({ path: ['rights'], message: 'niet vermeld of er geautomatiseerde besluitvorming of profilering is: neemt de organisatie besluiten die alleen op geautomatiseerde verwerking berusten? Zeg het in `rights.automated` (`used: true` of `false`)' });
  },
});
