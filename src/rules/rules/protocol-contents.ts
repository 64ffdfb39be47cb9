import { msg } from '../../messages/message.js';
import type { Article } from '../../model/input.js';
import { defineRule } from '../rule.js';

const REQUIRED: NonNullable<Article['type']>[] = ['onderwerp', 'rechtvaardiging', 'gegevens', 'ontvangers', 'periodiciteit', 'beveiliging', 'sanctie'];

export default defineRule({
  id: 'protocol-contents',
  severity: 'warning',
  description: {
    nl: 'Een protocol bevat de artikels die het e-govdecreet vraagt: onderwerp, rechtsgronden, gegevens, ontvangers, periodiciteit, beveiliging en sancties.',
    en: 'A protocol has the articles the Flemish e-govdecreet requires.',
  },
  reference: 'e-govdecreet art. 8 §1',
  judgement: 'De lijst volgt de minimale inhoud van art. 8 §1 zoals de Vlaamse Toezichtcommissie die beschrijft; de decreettekst zelf is niet nagekeken.',
  applies: ({ protocol }) => Boolean(protocol),
  check: ({ protocol }, report) => {
    const types = new Set(protocol!.articles.map((article) => article.type));
    const missing = REQUIRED.filter((t) => !types.has(t));
    if (missing.length) report({ path: ['articles'], message: msg('rule.protocol-contents.missing', { types: missing.join(', ') }) });
    return ['articles'];
  },
});
