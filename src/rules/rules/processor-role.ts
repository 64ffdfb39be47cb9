import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

/** Words by which a processor's description may say it uses the data for itself: only a hint. */
const OWN_USE = /eigen (privacybeleid|privacyverklaring|doeleinden|doelen|gebruik)|voor (hun|zijn|haar) eigen/i;

export default defineRule({
  id: 'processor-role',
  severity: 'warning',
  description: {
    nl: 'Wie gegevens ook voor eigen doeleinden gebruikt (`ownPurposes`), is geen loutere verwerker maar een (gezamenlijke) verwerkingsverantwoordelijke of ontvanger: vermeld dat gebruik als doorgifte aan een ontvanger, met een rechtsgrond.',
    en: 'A party that uses the data for its own purposes is not merely a processor.',
  },
  reference: 'AVG art. 4.8, 28.10, 13.1.e',
  applies: ({ statement }) => Boolean(statement?.recipients?.processors?.length),
  check: ({ statement }, report) => {
    statement!.recipients!.processors!.forEach((processor, index) => {
      const path = ['recipients', 'processors', index];
      if (processor.ownPurposes) {
        report({ path: [...path, 'ownPurposes'], message: msg('rule.processor-role.own-purposes', { name: String(processor.name ?? processor.category) }) });
      } else if (processor.text && OWN_USE.test(processor.text)) {
        report({ path: [...path, 'text'], severity: 'info', message: msg('rule.processor-role.in-text', { name: String(processor.name ?? processor.category) }) });
      }
    });
  },
});
