import { describe, expect, test } from 'vitest';
import { readDocx } from '../src/import/read/docx.js';
import { readHtml } from '../src/import/read/html.js';
import { readMarkdown } from '../src/import/read/markdown.js';
import { vzwDocx } from './import/vzw-docx.js';

describe('the Markdown reader', () => {
  test('headings, paragraphs, lists and tables in order, each with its line', () => {
    const outline = readMarkdown('# Titel\n\nEen\n**vette** en *schuine* [link](https://x.be).\n\n## Gegevens\n\n- naam\n- adres\n  - straat\n  - stad\n\n1. een\n2. twee\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', 'n.md');
    expect(outline.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Titel', line: 1 },
      { kind: 'paragraph', text: 'Een **vette** en *schuine* [link](https://x.be).', line: 3 },
      { kind: 'heading', level: 2, text: 'Gegevens', line: 6 },
      { kind: 'list', ordered: false, items: ['naam', 'adres: straat; stad'], line: 8 },
      { kind: 'list', ordered: true, items: ['een', 'twee'], line: 13 },
      { kind: 'table', rows: [['a', 'b'], ['1', '2']], header: true, line: 16 },
    ]);
  });
  test('markup that is no part of the subset stays text: raw HTML, an unsafe link, a stray star', () => {
    const outline = readMarkdown('Zie <b>dit</b> en [klik](javascript:alert(1)) of 5 * 3.\n', 'n.md');
    expect(outline.blocks).toEqual([{ kind: 'paragraph', text: 'Zie \\<b\\>dit\\</b\\> en \\[klik\\](javascript:alert(1)) of 5 \\* 3.', line: 1 }]);
  });
});

describe('the HTML reader', () => {
  test('reads the page with a parser: no script, style or head; breaks, nested lists, tables, inline markup', () => {
    const html = `<html><head><title>x</title><style>p{}</style></head><body>
<h1>Privacy</h1>
<div>Losse tekst <b>vet</b></div>
<p>Straat 1<br>3000 Leuven</p>
<script>alert(1)</script>
<ul><li>een<ul><li>a</li><li>b</li></ul></li><li><a href="mailto:a@b.be">a@b.be</a></li></ul>
<table><tr><th>X</th><th>Y</th></tr><tr><td>1</td><td><em>2</em></td></tr></table>
</body></html>`;
    expect(readHtml(html, 'p.html').blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Privacy', line: 2 },
      { kind: 'paragraph', text: 'Losse tekst **vet**', line: 3 },
      { kind: 'paragraph', text: 'Straat 1\n3000 Leuven', line: 4 },
      { kind: 'list', ordered: false, items: ['een: a; b', '[a@b.be](mailto:a@b.be)'], line: 6 },
      { kind: 'table', rows: [['X', 'Y'], ['1', '*2*']], header: true, line: 7 },
    ]);
  });
  test('a page with <main> is read from there: the site\'s menu and footer are no part of the notice', () => {
    const html = '<body><nav><a href="/">Home</a></nav><main><h1>Privacy</h1><p>Tekst.</p></main><footer>© 2025</footer></body>';
    expect(readHtml(html, 'p.html').blocks.map((b) => b.kind === 'heading' || b.kind === 'paragraph' ? b.text : '')).toEqual(['Privacy', 'Tekst.']);
  });
  test('a definition list is a paragraph per term and per description', () => {
    expect(readHtml('<dl><dt>Naam</dt><dd>Testgemeente</dd></dl>', 'p.html').blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['Naam', 'Testgemeente']);
  });
  test('text that would be Markdown stays text', () => {
    expect(readHtml('<p>- geen lijst *ster* [haak]</p><p>1. geen nummer</p>', 'p.html').blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '\\- geen lijst \\*ster\\* \\[haak\\]',
      '1\\. geen nummer',
    ]);
  });
});

describe('the Word reader', () => {
  test('Heading styles, bullets, tables, bold and links of a .docx, blocks numbered in order', async () => {
    const outline = await readDocx(await vzwDocx(), 'vzw.docx');
    expect(outline.format).toBe('docx');
    expect(outline.blocks.slice(0, 6)).toEqual([
      { kind: 'heading', level: 1, text: 'Privacyverklaring van vzw Buurtwerk De Brug', line: 1 },
      { kind: 'paragraph', text: 'Versie van 15 januari 2025.', line: 2 },
      expect.objectContaining({ kind: 'paragraph', line: 3 }),
      { kind: 'heading', level: 2, text: 'Wie zijn wij?', line: 4 },
      { kind: 'paragraph', text: '**Buurtwerk De Brug vzw**, Brugstraat 4, 2800 Mechelen, ondernemingsnummer 0475.332.167.', line: 5 },
      { kind: 'paragraph', text: 'Je bereikt ons via [info@debrug-mechelen.be](mailto:info@debrug-mechelen.be) of op 015 41 22 33.', line: 6 },
    ]);
    expect(outline.blocks).toContainEqual(expect.objectContaining({ kind: 'list', items: expect.arrayContaining(['schoolresultaten die ouders ons zelf geven']) }));
    expect(outline.blocks).toContainEqual(expect.objectContaining({ kind: 'table', rows: expect.arrayContaining([['Ethias', 'verzekering van vrijwilligers']]) }));
  });
});
