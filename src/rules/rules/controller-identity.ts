import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'controller-identity',
  severity: 'error',
  description: {
    nl: 'Elke verwerkingsverantwoordelijke heeft een naam en minstens één contactgegeven (adres, telefoon, e-mail of website).',
    en: 'Every controller has a name and at least one way to contact it.',
  },
  reference: 'AVG art. 13.1.a / 14.1.a',
  item: '13.1.a Identiteit en contactgegevens van de verwerkingsverantwoordelijke',
  applies: isStatement,
  check: ({ statement }, report) => {
    statement!.controller.entities.forEach((entity, index) => {
      if (!(entity.address || entity.phone || entity.email || entity.website || entity.contactUrl)) {
        report({ path: ['controller', 'entities', index], message: msg('rule.controller-identity.no-contact', { name: entity.name }) });
      }
    });
    return ['controller', 'entities', 0];
  },
});
