import type { RuleContext } from './rule.js';
import { defineRule } from './rule.js';

interface RightRule {
  id: string;
  right: string;
  name: string;
  article: string;
  applies?: (context: RuleContext) => boolean;
  judgement?: string;
}

/**
 * One rule per data-subject right (AVG art. 13.2.b / 14.2.c). A rights section without its own list gets the
 * standard rights, so only an own list can leave one out.
 */
export const defineRightRule = ({ id, right, name, article, applies, judgement }: RightRule) =>
  defineRule({
    id,
    severity: 'error',
    description: { nl: `De verklaring vermeldt het ${name} (${article}).`, en: `The notice mentions the right ${right} (${article}).` },
    reference: `AVG art. 13.2.b / 14.2.c, ${article}`,
    judgement,
    item: `13.2.b ${name[0]!.toUpperCase()}${name.slice(1)}`,
    applies: (context) => Boolean(context.statement) && (applies?.(context) ?? true),
    check: ({ statement }, report) => {
      const rights = statement!.rights;
      if (!rights) {
        report({ path: ['rights'], message: `de rechten van de betrokkene ontbreken: voeg \`rights\` toe (${name})` });
        return;
      }
      if (!rights.items) return ['rights'];
      const index = rights.items.findIndex((item) => item.right === right);
      if (index >= 0) return ['rights', 'items', index];
      report({ path: ['rights', 'items'], message: `het ${name} ontbreekt in de lijst: voeg \`- right: ${right}\` toe` });
    },
  });
