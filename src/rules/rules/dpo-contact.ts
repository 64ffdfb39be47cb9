import { msg } from '../../messages/message.js';
import { dposOf } from '../../model/model.js';
import { isPublicBody } from '../public.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'dpo-contact',
  severity: 'error',
  description: {
    nl: 'Een overheid vermeldt hoe haar functionaris voor gegevensbescherming (DPO) te bereiken is. De DPO van een andere organisatie (`dpo: [{ of: … }]`) is niet de hare; elke vermelde DPO heeft contactgegevens.',
    en: "A public body publishes the contact details of its data protection officer; another organisation's DPO is not its own.",
  },
  reference: 'AVG art. 13.1.b, 37.1.a en 37.7',
  item: '13.1.b Contactgegevens van de functionaris voor gegevensbescherming',
  // A DPO is mandatory for public bodies; for others only in the cases of art. 37.1.b-c, which privnote cannot see.
  applies: ({ statement }) => isPublicBody(statement) || Boolean(statement?.dpo),
  check: ({ statement }, report) => {
    const dpos = dposOf(statement!);
    const list = Array.isArray(statement!.dpo);
    const at = (index: number) => (list ? ['dpo', index] : ['dpo']);
    const own = dpos.findIndex((dpo) => !dpo.of);
    if (own < 0 && isPublicBody(statement)) {
      const others = dpos.map((dpo) => `"${dpo.of}"`).join(', ');
      report({
        path: ['dpo'],
        message: others
          ? msg('rule.dpo-contact.others-only', { others })
          : msg('rule.dpo-contact.missing'),
      });
    }
    let reported = own < 0 && isPublicBody(statement);
    dpos.forEach((dpo, index) => {
      if (dpo.email || dpo.phone || dpo.address || dpo.website) return;
      reported = true;
      report({
        path: at(index),
        message: msg('rule.dpo-contact.no-contact', { of: dpo.of ?? '' }),
      });
    });
    return reported || own < 0 ? undefined : at(own);
  },
});
