import { defineRule } from '../rule.js';

export default defineRule({
  id: 'legitimate-interest',
  severity: 'error',
  description: {
    nl: 'Bij elk gebruik van het gerechtvaardigd belang (AVG art. 6.1.f) staat welk belang wordt nagestreefd (`interest`); de naam van de rechtsgrond alleen zegt dat niet.',
    en: 'Each use of legitimate interest as a basis states the interest pursued.',
  },
  reference: 'AVG art. 13.1.d / 14.2.b',
  item: '13.1.d Gerechtvaardigde belangen',
  applies: ({ bases }) => bases.some((use) => use.basis === 'gerechtvaardigd-belang'),
  check: ({ statement }, report) => {
    const doc = statement!;
    // The interest named once in the list of legal bases covers the purposes that rest on it.
    const listedAt = doc.legalBases?.items?.findIndex((item) => item.basis === 'gerechtvaardigd-belang' && item.interest?.trim()) ?? -1;
    let named: (string | number)[] | undefined = listedAt >= 0 ? ['legalBases', 'items', listedAt, 'interest'] : undefined;
    doc.purposes?.items.forEach((purpose, i) =>
      purpose.basis?.forEach((use, j) => {
        if (use.basis !== 'gerechtvaardigd-belang') return;
        if (use.interest?.trim()) named ??= ['purposes', 'items', i, 'basis', j, 'interest'];
        else if (listedAt < 0) report({ path: ['purposes', 'items', i, 'basis', j], message: `welk gerechtvaardigd belang streeft de organisatie na met "${purpose.name}"? Zeg het in \`interest\`` });
      }),
    );
    doc.legalBases?.items?.forEach((item, i) => {
      if (item.basis !== 'gerechtvaardigd-belang') return;
      if (item.interest?.trim()) named ??= ['legalBases', 'items', i, 'interest'];
      else report({ path: ['legalBases', 'items', i], message: 'welk gerechtvaardigd belang streeft de organisatie na? Zeg het in `interest`' });
    });
    return named;
  },
});
