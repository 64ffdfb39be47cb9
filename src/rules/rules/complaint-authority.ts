import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'complaint-authority',
  severity: 'error',
  description: {
    nl: 'De verklaring zegt bij welke toezichthouder de betrokkene klacht kan indienen.',
    en: 'The notice states the right to lodge a complaint with a supervisory authority.',
  },
  reference: 'AVG art. 13.2.d / 14.2.e',
  item: '13.2.d Klacht bij een toezichthouder',
  applies: isStatement,
  check: ({ statement }, report) => {
    if (statement!.complaints?.authorities?.length) return ['complaints', 'authorities'];
    report({ path: ['complaints'], message: 'geen toezichthouder voor klachten: voeg `complaints.authorities` toe (`gba`, en `vtc` voor een Vlaamse overheid)' });
  },
});
