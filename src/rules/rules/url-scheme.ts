import { defineRule } from '../rule.js';

/** Markdown links and autolinks in free text: `[tekst](adres)` and `<adres>`. */
const LINK = /\]\(\s*<?([^\s>]+?)>?\)(?!\))|<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi;

export default defineRule({
  id: 'url-scheme',
  severity: 'error',
  description: {
    nl: 'Links in vrije tekst gaan naar http://, https://, mailto: of tel:, nooit naar javascript:, data: of een bestand.',
    en: 'Links in free text use http, https, mailto or tel only.',
  },
  reference: 'Veiligheid van de gepubliceerde verklaring',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      for (const match of value.matchAll(LINK)) {
        const target = match[1] ?? match[2]!;
        if (!/^(https?:\/\/|mailto:|tel:|#)/i.test(target)) {
          report({ path, message: `link naar "${target}": enkel http://, https://, mailto: en tel: zijn toegelaten` });
        }
      }
    }
  },
});
