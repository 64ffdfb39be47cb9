import { isPublicBody } from '../public.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'dpo-contact',
  severity: 'error',
  description: {
    nl: 'Een overheid vermeldt hoe haar functionaris voor gegevensbescherming (DPO) te bereiken is.',
    en: 'A public body publishes the contact details of its data protection officer.',
  },
  reference: 'AVG art. 13.1.b, 37.1.a en 37.7',
  item: '13.1.b Contactgegevens van de functionaris voor gegevensbescherming',
  // A DPO is mandatory for public bodies; for others only in the cases of art. 37.1.b-c, which privnote cannot see.
  applies: ({ statement }) => isPublicBody(statement) || Boolean(statement?.dpo),
  check: ({ statement }, report) => {
    const dpo = statement!.dpo;
    if (!dpo) {
      report({ path: ['dpo'], message: 'een overheid moet een DPO hebben en diens contactgegevens vermelden: voeg `dpo` toe' });
      return;
    }
    if (!(dpo.email || dpo.phone || dpo.address || dpo.website)) {
      report({ path: ['dpo'], message: 'de DPO heeft geen contactgegevens: geef een e-mailadres, telefoon of adres' });
      return;
    }
    return ['dpo'];
  },
});
