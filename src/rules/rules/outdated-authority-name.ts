import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

/** The names of the Belgian supervisory authority before 25 May 2018 (law of 3 December 2017). */
const OUTDATED = /\b(privacycommissie|commissie voor de bescherming van de persoonlijke levenssfeer)\b/i;

export default defineRule({
  id: 'outdated-authority-name',
  severity: 'warning',
  description: {
    nl: 'De verklaring noemt de toezichthouder nog bij zijn oude naam (Privacycommissie); sinds 25 mei 2018 is dat de Gegevensbeschermingsautoriteit.',
    en: 'The notice names the Belgian supervisory authority by its former name (Privacy Commission).',
  },
  reference: 'Wet van 3 december 2017 tot oprichting van de Gegevensbeschermingsautoriteit; AVG art. 13.2.d',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      const found = OUTDATED.exec(value);
      if (found) report({ path, offset: found.index, message: msg('rule.outdated-authority-name.found', { name: found[0] }) });
    }
  },
});
