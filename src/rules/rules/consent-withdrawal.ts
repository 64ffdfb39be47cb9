import { msg } from '../../messages/message.js';
import { usesBasis } from '../context.js';
import { listed } from '../rights.js';
import { applicableRights } from '../../model/rights.js';
import { defineRule } from '../rule.js';

const WITHDRAWAL = /intrek|ingetrokken/i;
/** The sections whose free text may say that consent can be withdrawn. */
const MENTIONED_IN = ['rights', 'legalBases', 'purposes'];

export default defineRule({
  id: 'consent-withdrawal',
  severity: 'error',
  description: {
    nl: 'Wie zich op toestemming beroept (art. 6.1.a of 9.2.a), zegt dat de betrokkene die altijd kan intrekken, zonder dat dat de verwerking daarvoor onrechtmatig maakt: met de standaardrechten, `- right: intrekking`, `legalBases.consent` of de standaardtekst bij de rechtsgrond toestemming.',
    en: 'Where consent is a basis, the notice states that it can be withdrawn at any time.',
  },
  reference: 'AVG art. 13.2.c / 14.2.d, art. 7.3',
  item: '13.2.c Recht om toestemming in te trekken',
  applies: ({ statement }) => Boolean(statement && applicableRights(statement).some((r) => r.right === 'intrekking')),
  check: (context, report) => {
    const doc = context.statement!;
    if (doc.rights && !doc.rights.items) return ['rights'];
    const index = listed(context, 'intrekking');
    if (index >= 0) return ['rights', 'items', index];
    if (doc.legalBases?.consent) return ['legalBases', 'consent'];
    // The standard text of the consent basis says it can be withdrawn; an own label or text replaces it.
    const standard = doc.legalBases?.items?.findIndex((item) => item.basis === 'toestemming' && !item.label && !item.text) ?? -1;
    if (standard >= 0) return ['legalBases', 'items', standard];
    const where = usesBasis(context, 'toestemming')?.path ?? applicableRights(doc).find((r) => r.right === 'intrekking')!.because!;
    const mention = context.strings.find(({ value, path }) => MENTIONED_IN.includes(String(path[0])) && WITHDRAWAL.test(value));
    if (mention) {
      report({ path: mention.path, offset: mention.value.search(WITHDRAWAL), severity: 'info', message: msg('rule.consent-withdrawal.in-text') });
      return mention.path;
    }
    if (context.cutStrings.some(({ value, path }) => MENTIONED_IN.includes(String(path[0])) && WITHDRAWAL.test(value))) return; // said in a part with a schema error
    report({ path: where, message: msg('rule.consent-withdrawal.missing') });
  },
});
