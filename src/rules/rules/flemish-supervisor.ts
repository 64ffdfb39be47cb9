import { isPublicBody } from '../public.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'flemish-supervisor',
  severity: 'warning',
  description: {
    nl: 'Een Vlaamse overheid noemt de Vlaamse Toezichtcommissie als toezichthouder.',
    en: 'A Flemish public body names the Flemish Supervisory Commission (VTC).',
  },
  reference: 'e-govdecreet art. 10/1 (Vlaamse Toezichtcommissie)',
  judgement: 'Een verantwoordelijke van `type: vlaamse-overheid` of `overheid` in een Nederlandstalige verklaring geldt als vermoeden dat de Vlaamse Toezichtcommissie bevoegd is.',
  applies: ({ statement }) => isPublicBody(statement),
  check: ({ statement }, report) => {
    const index = statement!.complaints?.authorities?.findIndex((a) => a.authority === 'vtc') ?? -1;
    if (index >= 0) return ['complaints', 'authorities', index];
    report({ path: ['complaints'], message: 'een Vlaamse overheid noemt de Vlaamse Toezichtcommissie: voeg `- authority: vtc` toe aan `complaints.authorities`' });
  },
});
