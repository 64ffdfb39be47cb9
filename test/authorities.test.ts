import { describe, expect, test } from 'vitest';
import { authorities, authorityRecords, printable } from '../src/model/authorities.js';
import { texts } from '../src/model/texts.js';
import { compileDocument } from '../src/compile.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ruleIds } from '../src/rules/index.js';

describe('supervisory authorities (templates/data/authorities.yaml)', () => {
  test('every contact detail names its source, or says it is not verified', () => {
    const records = authorityRecords();
    expect(Object.keys(records).sort()).toEqual(Object.keys(texts().authorities).sort());
    for (const [code, record] of Object.entries(records)) {
      for (const [key, detail] of Object.entries(record)) {
        const { source, verified } = detail as { source?: string; verified?: boolean };
        expect(verified === false || /^https?:\/\//.test(source ?? ''), `${code}.${key}`).toBe(true);
      }
    }
  });

  test('a detail not verified is not printed: the VTC gets its name, e-mail and website, no postal address', () => {
    expect(printable(authorityRecords().vtc!.address)).toBe(false);
    expect(authorities().vtc).toEqual({
      email: 'contact@toezichtcommissie.be',
      website: 'https://www.vlaanderen.be/vlaamse-toezichtcommissie',
      complaintUrl: 'https://www.vlaanderen.be/vlaamse-toezichtcommissie/rechten-van-betrokkenen/klachtenprocedure-vtc',
    });
    expect(authorities().gba).toMatchObject({
      address: { street: 'Drukpersstraat 35', postalCode: '1000', city: 'Brussel' },
      phone: '+32 2 274 48 00',
      email: 'contact@apd-gba.be',
      website: 'https://www.gegevensbeschermingsautoriteit.be',
    });
  });

  test('a notice leaves out the standard details its own sentence gives (omit)', () => {
    const text = `title: T
controller: { entities: [{ name: A }] }
complaints:
  authorities:
    - authority: gba
      omit: [address, phone, complaintUrl]
      text: Je kan een klacht indienen bij de GBA, Drukpersstraat 35, 1000 Brussel.
`;
    const config = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])) };
    const { model, diagnostics } = compileDocument({ file: 'x.yaml', text }, { config });
    expect(diagnostics).toEqual([]);
    model!.trace = { privnote: '0.0.0', source: 'sha256:000000000000' };
    const markdown = renderMarkdown(model!);
    expect(markdown.match(/Drukpersstraat 35/g)).toHaveLength(1);
    expect(markdown).not.toContain('274 48 00');
    expect(markdown).not.toContain('klacht-indienen');
    expect(markdown).toContain('contact@apd-gba.be');
  });
});
