import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'complaint-authority',
  severity: 'error',
  description: {
    nl: 'De verklaring zegt dat de betrokkene klacht kan indienen bij de Gegevensbeschermingsautoriteit (`- authority: gba`), de toezichthouder van België bij wie elke betrokkene terecht kan.',
    en: 'The notice names the Belgian Data Protection Authority as the authority to lodge a complaint with.',
  },
  reference: 'AVG art. 13.2.d / 14.2.e, art. 77',
  item: '13.2.d Klacht bij een toezichthouder',
  applies: isStatement,
  check: ({ statement }, report) => {
    const authorities = statement!.complaints?.authorities ?? [];
    const gba = authorities.findIndex((a) => a.authority === 'gba');
    if (gba >= 0) return ['complaints', 'authorities', gba];
    report({
      path: authorities.length ? ['complaints', 'authorities'] : ['complaints'],
      message: msg('rule.complaint-authority.missing'),
    });
  },
});
