import { msg } from '../../messages/message.js';
import type { Path } from '../../load/source-map.js';
import { isPublicAuthority } from '../../model/legal.js';
import { transferData, transfersOf } from '../../model/transfers.js';
import { defineRule, isStatement } from '../rule.js';

/** Words by which free text may say the data stay in Europe or Belgium: a hint, never a statement privnote can check. */
const STAYS_INSIDE = /(?<![\p{L}])(?:(?:binnen|in) (?:de )?(?:EU|Europese Unie|EER|Europese Economische Ruimte|Europa|België|Belgie)|niet buiten (?:de )?(?:EU|Europese Unie|EER|Europa|België))(?![\p{L}])/iu;

/** The art. 46 and 47 safeguards: for these, art. 13.1.f asks how to obtain a copy. */
const COPY_OWED = ['modelcontractbepalingen', 'bindende-bedrijfsvoorschriften', 'gedragscode', 'certificering'];

export default defineRule({
  id: 'third-country-transfers',
  severity: 'error',
  description: {
    nl: 'Gaan gegevens buiten de EER (naar een derde land of een internationale organisatie), dan staat per ontvanger het land en het mechanisme van hoofdstuk V (een adequaatheidsbesluit, een waarborg van art. 46/47 met hoe je er een kopie van krijgt, of een afwijking van art. 49). Zonder doorgifte zegt `recipients.transfers.none` dat.',
    en: 'Transfers outside the EEA name the country and a valid chapter V mechanism per recipient; without transfers, the notice says so.',
  },
  reference: 'AVG art. 13.1.f / 14.1.f, 44–49; HvJ C-311/18 (Schrems II)',
  judgement:
    'Niets vermeld is een waarschuwing: de AVG vraagt het "in voorkomend geval". Een vrije tekst die zegt dat de gegevens in de EU of België blijven, is een hint (info), geen melding. Een land dat niet op de lijst van adequaatheidsbesluiten staat (templates/data/transfers.yaml, niet nagekeken), of een afwijking van art. 49.1.a–c door een overheid (art. 49.3), is een waarschuwing.',
  item: '13.1.f Doorgifte naar derde landen en waarborgen',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    const transfers = transfersOf(doc);
    const none = doc.recipients?.transfers?.none === true;
    const publicBody = doc.controller.entities.some(isPublicAuthority);
    for (const { to, country, safeguard, path } of transfers) {
      const where = country === 'INT' ? msg('rule.third-country-transfers.international') : msg('rule.third-country-transfers.country', { country });
      const { mechanism } = safeguard;
      const at: Path = path.includes('processors') ? [...path, 'transfer'] : path;
      if (none) report({ path: ['recipients', 'transfers', 'none'], message: msg('rule.third-country-transfers.none-but', { to, where }) });
      if (!mechanism) report({ path, message: msg('rule.third-country-transfers.mechanism', { to, where }) });
      else if (mechanism === 'privacy-shield') {
        report({ path: [...at, 'mechanism'], message: msg('rule.third-country-transfers.privacy-shield', { to }) });
      } else if (mechanism === 'adequaatheidsbesluit' && !transferData().adequate.includes(country)) {
        report({ path: [...at, 'mechanism'], severity: 'warning', message: msg('rule.third-country-transfers.adequacy', { to, country }) });
      } else if (COPY_OWED.includes(mechanism) && !safeguard.copy?.trim()) {
        report({ path: at, severity: 'warning', message: msg('rule.third-country-transfers.copy', { to }) });
      } else if (mechanism === 'afwijking' && !safeguard.derogation) {
        report({ path: at, severity: 'warning', message: msg('rule.third-country-transfers.derogation', { to }) });
      } else if (mechanism === 'afwijking' && publicBody && ['a', 'b', 'c'].includes(safeguard.derogation!)) {
        report({ path: [...at, 'derogation'], severity: 'warning', message: msg('rule.third-country-transfers.public-derogation', { to, derogation: String(safeguard.derogation) }) });
      }
    }
    if (transfers.length > 0) return transfers[0]!.path;
    if (none) return ['recipients', 'transfers', 'none'];
    if (doc.recipients?.transfers?.items?.length) return ['recipients', 'transfers', 'items'];
    if (doc.recipients?.processors?.length && doc.recipients.processors.every((p) => p.country)) return ['recipients', 'processors'];
    // A processor's own words on its safeguard (`safeguard`, "Standard Contractual Clauses"): the item is addressed,
    // but privnote cannot check the mechanism or the country.
    const safeguarded = doc.recipients?.processors?.findIndex((p) => p.safeguard?.trim() || p.transfer?.mechanism) ?? -1;
    if (safeguarded >= 0) {
      report({ path: ['recipients', 'processors', safeguarded], severity: 'info', message: msg('rule.third-country-transfers.processor-safeguard') });
      return ['recipients', 'processors', safeguarded];
    }
    // A text that says the data stay in Europe gets a hint: `none: true` would say it so privnote can check it.
    const said = [['recipients', 'transfers', 'text'], ['recipients', 'text'], ['recipients', 'closing'], ['storage', 'text']].find((path) => {
      const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], doc);
      return typeof value === 'string' && STAYS_INSIDE.test(value);
    });
    if (said) {
      report({ path: said, severity: 'info', message: msg('rule.third-country-transfers.in-text') });
      return said;
    }
    // The author's own words in the field for this item (a controller outside the EEA, say): addressed, not checkable.
    if (doc.recipients?.transfers?.text?.trim()) return ['recipients', 'transfers', 'text'];
    report({ path: ['recipients'], severity: 'warning', message: msg('rule.third-country-transfers.unstated') });
  },
});
