import { msg } from '../../messages/message.js';
import { defineRule, isStatement } from '../rule.js';

export default defineRule({
  id: 'flemish-supervisor',
  severity: 'error',
  description: {
    nl: 'De Vlaamse Toezichtcommissie wordt genoemd als een verantwoordelijke een Vlaamse overheid is (`type: vlaamse-overheid`), naast de Gegevensbeschermingsautoriteit; voor een andere organisatie is ze niet bevoegd.',
    en: 'The Flemish Supervisory Commission is named, besides the Data Protection Authority, exactly when a controller is a Flemish public body.',
  },
  reference: 'e-govdecreet art. 10/1; AVG art. 13.2.d',
  judgement: 'Of een overheid Vlaams is, zegt enkel `type: vlaamse-overheid`, nooit de taal van de verklaring. Een Vlaamse overheid die de VTC niet noemt, is een waarschuwing (de GBA volstaat voor art. 13.2.d); de VTC noemen voor wie ze niet bevoegd is, is een fout. Dat de GBA ontbreekt, meldt `complaint-authority`.',
  applies: isStatement,
  check: ({ statement }, report) => {
    const doc = statement!;
    const authorities = doc.complaints?.authorities ?? [];
    const vtc = authorities.findIndex((a) => a.authority === 'vtc');
    const flemish = doc.controller.entities.some((entity) => entity.type === 'vlaamse-overheid');
    if (vtc >= 0 && !flemish) {
      report({ path: ['complaints', 'authorities', vtc], message: msg('rule.flemish-supervisor.not-competent') });
    } else if (vtc < 0 && flemish) {
      report({ path: ['complaints'], severity: 'warning', message: msg('rule.flemish-supervisor.missing') });
    }
  },
});
