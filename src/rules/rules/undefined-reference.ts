import { defineRule } from '../rule.js';

export default defineRule({
  id: 'undefined-reference',
  severity: 'error',
  description: {
    nl: 'Een ondertekenaar tekent voor een partij die in het protocol voorkomt (naam of korte naam).',
    en: 'A signatory signs for a party of the protocol (its name or alias).',
  },
  reference: 'e-govdecreet art. 8 §1 (identificatie van de partijen)',
  applies: ({ protocol }) => Boolean(protocol?.signature?.signatories?.length),
  check: ({ protocol }, report) => {
    const names = new Set(protocol!.parties.flatMap((party) => [party.name, party.alias].filter(Boolean)));
    protocol!.signature!.signatories!.forEach((signatory, index) => {
      if (!names.has(signatory.party)) {
        report({
          path: ['signature', 'signatories', index, 'party'],
          message: `"${signatory.party}" is geen partij van dit protocol (partijen: ${[...names].join(', ')})`,
        });
      }
    });
  },
});
