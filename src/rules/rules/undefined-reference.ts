import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'undefined-reference',
  severity: 'error',
  description: {
    nl: 'Een ondertekenaar tekent voor een partij die in het protocol voorkomt (naam, korte naam of id).',
    en: 'A signatory signs for a party of the protocol (its name or alias).',
  },
  reference: 'e-govdecreet art. 8 §1 (identificatie van de partijen)',
  judgement: 'De partij bij de contactpunten van een artikel (`contacts[].party`) is vrije tekst ("OCMW") en wordt niet nagekeken.',
  applies: ({ protocol }) => Boolean(protocol?.signature?.signatories?.length),
  check: ({ protocol }, report) => {
    const names = new Set(protocol!.parties.flatMap((party) => [party.name, party.alias, party.id].filter(Boolean)));
    protocol!.signature!.signatories!.forEach((signatory, index) => {
      if (!names.has(signatory.party)) {
        report({
          path: ['signature', 'signatories', index, 'party'],
          message: msg('rule.undefined-reference.party', { party: signatory.party, parties: [...names].join(', ') }),
        });
      }
    });
  },
});
