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
        report({ path: [...path, 'ownPurposes'], message: `"${processor.name ?? processor.category}" gebruikt de gegevens ook voor eigen doeleinden: dan is het geen loutere verwerker (AVG art. 28.10). Vermeld dat gebruik bij de ontvangers en de doeleinden, met een rechtsgrond` });
      } else if (processor.text && OWN_USE.test(processor.text)) {
        report({ path: [...path, 'text'], severity: 'info', message: `de tekst bij "${processor.name ?? processor.category}" spreekt over eigen gebruik van de gegevens: is het dan nog een verwerker? Zeg het met \`ownPurposes\`` });
      }
    });
  },
});
