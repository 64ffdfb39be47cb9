import { isAllowedLink } from '../../links.js';
import { defineRule } from '../rule.js';

/**
 * What an author writes as a link in free text: `[tekst](adres)`, `[tekst](<adres> "titel")`, `<adres>`, and a
 * reference definition `[x]: adres` (which the renderer does not support: it stays text).
 * Bounded repeats keep the scan linear on a long text.
 */
const LINK = /\]\(\s*(?:<([^>\n]{0,2048})>|([^\s)]{1,2048}))|<([a-z][a-z0-9+.-]{0,31}:[^>\s]{0,2048})>|^[ \t]*\[[^\]\n]{1,512}\]:[ \t]*<?([^\s>]{1,2048})/gim;

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
        const target = match[1] ?? match[2] ?? match[3] ?? match[4]!;
        if (!isAllowedLink(target) || match[4] !== undefined) {
          report({ path, message: `link naar "${target}" wordt geen link: schrijf [tekst](https://…), of een adres met mailto: of tel:` });
        }
      }
    }
  },
});
