import { msg, type Message } from '../../messages/message.js';
import type { Path } from '../../load/source-map.js';
import type { Statement } from '../../model/input.js';
import { purposesOf } from '../../model/legal.js';
import { defineRule } from '../rule.js';

/** Where the author explains the legitimate interest in free text: its own text at the basis, or the section's text. */
function explainedInText(doc: Statement): Path | undefined {
  const own = doc.legalBases?.items?.findIndex((item) => item.basis === 'gerechtvaardigd-belang' && item.text?.trim()) ?? -1;
  if (own >= 0) return ['legalBases', 'items', own, 'text'];
  const key = (['text', 'closing'] as const).find((k) => /gerechtvaardigde? belang/i.test(doc.legalBases?.[k] ?? ''));
  return key && ['legalBases', key];
}

export default defineRule({
  id: 'legitimate-interest',
  severity: 'error',
  description: {
    nl: 'Bij elk gebruik van het gerechtvaardigd belang (AVG art. 6.1.f) staat welk belang wordt nagestreefd (`interest`); de naam van de rechtsgrond alleen zegt dat niet. Eén keer in de lijst van rechtsgronden volstaat voor de doeleinden die erop berusten.',
    en: 'Each use of legitimate interest as a basis states the interest pursued.',
  },
  reference: 'AVG art. 13.1.d / 14.2.b',
  judgement: 'Legt de verklaring het belang in vrije tekst uit (bij de rechtsgrond of in de tekst over rechtsgronden), dan kan privnote dat niet nakijken: dan is het een hint (info), geen fout.',
  item: '13.1.d Gerechtvaardigde belangen',
  applies: ({ bases }) => bases.some((use) => use.basis === 'gerechtvaardigd-belang'),
  check: ({ statement }, report) => {
    const doc = statement!;
    // The interest named once in the list of legal bases covers the purposes that rest on it.
    const listedAt = doc.legalBases?.items?.findIndex((item) => item.basis === 'gerechtvaardigd-belang' && item.interest?.trim()) ?? -1;
    let named: Path | undefined = listedAt >= 0 ? ['legalBases', 'items', listedAt, 'interest'] : undefined;
    const missing: { path: Path; message: Message }[] = [];
    for (const { purpose, path } of purposesOf(doc)) {
      purpose.basis?.forEach((use, j) => {
        if (use.basis !== 'gerechtvaardigd-belang') return;
        if (use.interest?.trim()) named ??= [...path, 'basis', j, 'interest'];
        else if (listedAt < 0) missing.push({ path: [...path, 'basis', j], message: msg('rule.legitimate-interest.purpose', { name: purpose.name }) });
      });
    }
    doc.legalBases?.items?.forEach((item, i) => {
      if (item.basis !== 'gerechtvaardigd-belang') return;
      if (item.interest?.trim()) named ??= ['legalBases', 'items', i, 'interest'];
      else missing.push({ path: ['legalBases', 'items', i], message: msg('rule.legitimate-interest.basis') });
    });
    if (missing.length === 0) return named;
    const inText = explainedInText(doc);
    if (inText) {
      report({ path: inText, severity: 'info', message: msg('rule.legitimate-interest.in-text') });
      return inText;
    }
    missing.forEach(report);
    return named;
  },
});
