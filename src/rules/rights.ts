import { msg } from '../messages/message.js';
import { applicableRights, type RightCode } from '../model/rights.js';
import type { RuleContext } from './rule.js';
import { defineRule } from './rule.js';

interface RightRule {
  id: string;
  right: RightCode;
  name: string;
  article: string;
  /** When the right applies, in words, for the rule's page. */
  when?: string;
}

/** Where the statement's own list names `right`, if it has a list that does. */
export const listed = (context: RuleContext, right: RightCode): number =>
  context.statement?.rights?.items?.findIndex((item) => item.right === right) ?? -1;

/**
 * One rule per data-subject right (AVG art. 13.2.b / 14.2.c). A right applies as the legal bases say
 * (`applicableRights`): without its own list a rights section prints exactly those, so only an own list can leave one
 * out. A right that does not apply but is listed is still present in the completeness report.
 */
export const defineRightRule = ({ id, right, name, article, when }: RightRule) =>
  defineRule({
    id,
    severity: 'error',
    description: {
      nl: `De verklaring vermeldt het ${name} (${article})${when ? `, ${when}` : ''}.`,
      en: `The notice mentions the right ${right} (${article})${when ? ' where it applies' : ''}.`,
    },
    reference: `AVG art. 13.2.b / 14.2.c, ${article}`,
    item: `13.2.b ${name[0]!.toUpperCase()}${name.slice(1)}`,
    applies: (context) =>
      Boolean(context.statement) && (applicableRights(context.statement!).some((r) => r.right === right) || listed(context, right) >= 0),
    check: (context, report) => {
      const rights = context.statement!.rights;
      if (!rights) {
        report({ path: ['rights'], message: msg('rule.right.no-rights', { name }) });
        return;
      }
      if (!rights.items) return ['rights'];
      const index = listed(context, right);
      if (index >= 0) return ['rights', 'items', index];
      report({ path: ['rights', 'items'], message: msg('rule.right.not-listed', { name, right }) });
    },
  });
