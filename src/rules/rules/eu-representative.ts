import { msg } from '../../messages/message.js';
import { isOutsideEea } from '../../model/transfers.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'eu-representative',
  severity: 'warning',
  description: {
    nl: 'Een verwerkingsverantwoordelijke die buiten de EER gevestigd is (`address.country`), noemt zijn vertegenwoordiger in de Unie (`controller.representative`).',
    en: 'A controller established outside the EEA names its representative in the Union.',
  },
  reference: 'AVG art. 27 en 13.1.a',
  judgement: 'Art. 27.2 kent uitzonderingen (incidentele verwerking zonder grootschalige bijzondere gegevens, overheden); privnote kan die niet zien, dus het is een waarschuwing.',
  applies: ({ statement }) => Boolean(statement?.controller.entities.some((entity) => entity.address?.country && isOutsideEea(entity.address.country))),
  check: ({ statement }, report) => {
    if (statement!.controller.representative) return ['controller', 'representative'];
    const index = statement!.controller.entities.findIndex((entity) => entity.address?.country && isOutsideEea(entity.address.country));
    report({ path: ['controller', 'entities', index, 'address', 'country'], message: msg('rule.eu-representative.missing') });
  },
});
