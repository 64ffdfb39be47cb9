import { msg, type Message } from '../../messages/message.js';
import { applicableRights, type RightCode } from '../../model/rights.js';
import { defineRule, isStatement } from '../rule.js';

/** The rights that only some legal bases give (art. 20.1, 21.1–21.3, 7.3), and what gives them. */
const CONDITIONAL: Partial<Record<RightCode, Message>> = {
  overdraagbaarheid: msg('rule.right-applies.portability'),
  bezwaar: msg('rule.right-applies.objection'),
  intrekking: msg('rule.right-applies.withdrawal'),
};

export default defineRule({
  id: 'right-applies',
  severity: 'warning',
  description: {
    nl: 'De verklaring belooft geen recht dat de rechtsgronden uitsluiten (overdraagbaarheid zonder toestemming of overeenkomst, bezwaar zonder taak van algemeen belang, gerechtvaardigd belang of direct marketing, intrekking zonder toestemming): dat misleidt de betrokkene.',
    en: 'The notice does not list a right that its legal bases exclude.',
  },
  reference: 'AVG art. 12.1, 20.1, 21, 7.3',
  applies: isStatement,
  check: ({ statement }, report) => {
    const items = statement!.rights?.items;
    if (!items) return;
    const applicable = new Set(applicableRights(statement!).map((r) => r.right));
    items.forEach((item, index) => {
      const why = CONDITIONAL[item.right];
      if (why && !applicable.has(item.right)) {
        report({ path: ['rights', 'items', index], message: msg('rule.right-applies.excluded', { right: item.right, why }) });
      }
    });
  },
});
