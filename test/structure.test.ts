import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import type { Diagnostic } from '../src/diagnostics.js';
import type { Statement } from '../src/model/input.js';
import { basesOf } from '../src/model/legal.js';
import { allSections, type ChapterView, type StatementModel } from '../src/model/statement.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ruleIds } from '../src/rules/index.js';
import { htmlText, markdownText } from './helpers.js';

/**
 * The structure of a notice: the author's order within a section (`blocks`), of the sections (`style.sections`, with
 * chapters), where the DPO stands, numbering, sub-purposes and categories on one line.
 */
const BASE = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
const RULES_OFF = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])) };

function compile(extra: string, base = BASE) {
  const compiled = compileDocument({ file: 'x.yaml', text: base + extra }, { config: RULES_OFF });
  const model = compiled.model as StatementModel | undefined;
  const render = () => {
    model!.trace = { privnote: '0.0.0', source: 'sha256:000000000000' };
    const html = renderHtml(model!);
    const markdown = renderMarkdown(model!);
    return { html, markdown, htmlText: htmlText(html), markdownText: markdownText(markdown) };
  };
  return { model, diagnostics: compiled.diagnostics, render };
}
const findings = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.severity, d.ruleId, d.message]);
/** The places of `parts` in `text`, which must all be found, in that order. */
const inOrder = (text: string, parts: string[]) => {
  const at = parts.map((part) => text.indexOf(part));
  expect(at.filter((p) => p < 0).length, `all of ${JSON.stringify(parts)} in the text`).toBe(0);
  expect(at).toEqual([...at].sort((a, b) => a - b));
};

const RIGHTS = `rights:
  text: Je hebt een aantal rechten.
  items:
    - { right: inzage, text: Je mag je gegevens zien. }
  exercise:
    text: Stuur ons je vraag.
`;

describe('blocks: the order within a section is the author', () => {
  test('without blocks a section prints summary, text, its parts, closing and examples', () => {
    const { render } = compile(`${RIGHTS}  summary: Kort gezegd.\n  closing: Tot slot.\n  examples: [Bijvoorbeeld dit.]\n`);
    const { htmlText: h, markdownText: m } = render();
    for (const text of [h, m]) inOrder(text, ['Kort gezegd.', 'Je hebt een aantal rechten.', 'Je mag je gegevens zien.', 'Stuur ons je vraag.', 'Tot slot.', 'Bijvoorbeeld dit.']);
  });

  test('with blocks, own texts, summaries, examples, headings and parts stand where the author puts them', () => {
    const { render, diagnostics } = compile(`${RIGHTS}  blocks:
    - part: items
    - text: Wij garanderen jouw rechten.
    - heading: Hoe kan jij gebruik maken van je rechten?
    - part: exercise
    - example: Je vraagt een kopie.
    - summary: Je hebt rechten.
    - part: text
`);
    expect(findings(diagnostics)).toEqual([]);
    const { html, markdown, htmlText: h, markdownText: m } = render();
    for (const text of [h, m]) {
      inOrder(text, ['Je mag je gegevens zien.', 'Wij garanderen jouw rechten.', 'Hoe kan jij gebruik maken van je rechten?', 'Stuur ons je vraag.', 'Voorbeeld Je vraagt een kopie.', 'Samengevat Je hebt rechten.', 'Je hebt een aantal rechten.']);
    }
    // the heading of a block is one level below the section's heading
    expect(html).toContain('<h3>Hoe kan jij gebruik maken van je rechten?</h3>');
    expect(markdown).toContain('\n### Hoe kan jij gebruik maken van je rechten?\n');
  });

  test('a part with content that blocks leave out comes last, with a positioned warning; nothing is dropped', () => {
    const { render, diagnostics } = compile(`${RIGHTS}  blocks:\n    - part: exercise\n`);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['part-not-placed', 'warning', 12, 5]]);
    expect(diagnostics[0]!.message).toBe('onderdelen "text", "items" staan niet in `blocks`: ze komen achteraan; zet ze waar ze horen (`part: text`)');
    const { htmlText: h } = render();
    inOrder(h, ['Stuur ons je vraag.', 'Je hebt een aantal rechten.', 'Je mag je gegevens zien.']);
  });

  test('the standard response time switched off leaves no exercise part to place', () => {
    const rights = 'rights:\n  closing: Mail ons.\n  blocks: [{ part: items }, { part: closing }]\n';
    expect(findings(compile(rights).diagnostics).map(([, ruleId]) => ruleId)).toEqual(['part-not-placed']);
    const off = compile(`texts: { labels: { responseTimeDefault: false } }\n${rights}`);
    expect(findings(off.diagnostics)).toEqual([]);
    expect(off.render().markdownText).toContain('Mail ons.');
  });

  test('a part the section does not have is an error with a suggestion; one placed twice is an error', () => {
    const { model, diagnostics } = compile(`${RIGHTS}  blocks:\n    - part: exercize\n    - part: items\n    - part: items\n    - part: fromIntro\n`);
    expect(model).toBeUndefined();
    expect(findings(diagnostics).filter(([severity]) => severity === 'error')).toEqual([
      ['error', 'unknown-part', 'sectie "rights" heeft geen onderdeel "exercize"; bedoelde je "exercise"?'],
      ['error', 'part-placed-twice', 'onderdeel "items" staat al eerder in `blocks`: zo zou het twee keer gedrukt worden; verwijder het hier'],
      ['error', 'unknown-part', 'sectie "rights" heeft geen onderdeel "fromIntro": de onderdelen van elke sectie staan in docs/authoring.md'],
    ]);
    const sources = compile('sources:\n  fromIntro: We krijgen\n  from: [van jou]\n  blocks: [{ part: fromIntro }, { part: from }]\n');
    expect(findings(sources.diagnostics)).toEqual([['error', 'unknown-part', '"fromIntro" wordt gedrukt met "from": plaats `part: from`']]);
  });

  test('an own section needs a heading, unless it is shown without one', () => {
    const without = compile('extraSections:\n  - id: slot\n    display: zonder-titel\n    text: Laatst gewijzigd op 1 januari 2025.\n');
    expect(findings(without.diagnostics)).toEqual([]);
    const { html, markdownText: m } = without.render();
    expect(m).toContain('Laatst gewijzigd op 1 januari 2025.');
    expect(html).not.toMatch(/<h[1-6][^>]*>\s*<\/h[1-6]>/);
    const missing = compile('extraSections:\n  - id: slot\n    text: Laatst gewijzigd.\n');
    expect(missing.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['schema-required', 6, 5]]);
  });

  test('an own section has blocks too', () => {
    const { render, diagnostics } = compile('extraSections:\n  - id: eigen\n    heading: Eigen\n    items: [een, twee]\n    blocks: [{ text: Vooraf. }, { part: items }, { text: Achteraf. }]\n');
    expect(findings(diagnostics)).toEqual([]);
    inOrder(render().htmlText, ['Vooraf.', 'een', 'twee', 'Achteraf.']);
  });

  test('special processings as sections print their text once, and the section text before the first one', () => {
    const { render } = compile('style: { toc: false }\nspecialProcessings:\n  asSections: true\n  text: Hieronder enkele verwerkingen.\n  items:\n    - { type: cookies, heading: Cookies?, text: We gebruiken cookies. }\n');
    const { htmlText: h, markdownText: m } = render();
    for (const text of [h, m]) {
      expect(text.split('We gebruiken cookies.').length).toBe(2);
      inOrder(text, ['Hieronder enkele verwerkingen.', 'Cookies?', 'We gebruiken cookies.']);
    }
  });
});

describe('the order of sections is the author', () => {
  test('a section with content left out of style.sections comes last, with a warning', () => {
    const { model, diagnostics } = compile('style:\n  sections: [controller]\nretention:\n  text: Tien jaar.\n');
    expect(findings(diagnostics)).toEqual([
      ['warning', 'section-not-placed', 'sectie "retention" staat niet in `style.sections`: ze komt achteraan; zet ze in de volgorde waar ze hoort'],
    ]);
    expect(model!.sections.map((s) => s.id)).toEqual(['controller', 'retention']);
  });
});

describe('the DPO stands in one explicit place', () => {
  const dpoSection = (extra: string) => {
    const { model } = compile(`dpo: { email: dpo@a.be }\n${extra}`, extra.includes('controller:') ? 'title: T\n' : BASE);
    return allSections(model!).filter((s) => (s.content as { dpo?: unknown }).dpo).map((s) => s.id);
  };
  test('by default in the contact section, with the controller when there is none or it hides the DPO', () => {
    expect(dpoSection('')).toEqual(['contact']);
    expect(dpoSection('style: { sections: [controller] }\n')).toEqual(['controller']);
    expect(dpoSection('contact: { text: Vragen?, showDpo: false }\n')).toEqual(['controller']);
  });
  test('where blocks place it, and only there', () => {
    expect(dpoSection('controller:\n  entities: [{ name: A }]\n  blocks: [{ part: entities }, { part: dpo }]\ncontact: { text: Vragen? }\n')).toEqual(['controller']);
    expect(dpoSection('rights:\n  blocks: [{ part: items }, { part: exercise }, { text: Aarzel niet. }, { part: dpo }]\n')).toEqual(['rights']);
    const { diagnostics } = compile('dpo: { email: dpo@a.be }\ncontroller:\n  entities: [{ name: A }]\n  blocks: [{ part: entities }, { part: dpo }]\ncontact:\n  blocks: [{ part: dpo }]\n', 'title: T\n');
    expect(findings(diagnostics)).toEqual([['error', 'part-placed-twice', 'de DPO staat al bij `controller`: plaats `dpo` in één sectie']]);
  });
});

describe('three levels: chapters over sections over subsections', () => {
  const doc = `style:
  numbering: true
  sections:
    - controller
    - chapter: Machtigingen en protocollen
      id: machtigingen
      numbering: letters
      sections: [protocols, retention]
protocols:
  text: We sluiten protocollen.
  heading: Protocollen
retention:
  display: subsectie
  heading: Bewaring
  text: Tien jaar.
`;
  test('headings h2, h3, h4 in HTML and ##, ###, #### in Markdown; a nested table of contents', () => {
    const { model, diagnostics, render } = compile(doc);
    expect(findings(diagnostics)).toEqual([]);
    const chapter = model!.sections[1] as ChapterView;
    expect([chapter.number, chapter.heading, chapter.sections.map((s) => [s.level, s.number, s.heading])]).toEqual([
      2,
      'Machtigingen en protocollen',
      [[3, 'a', 'Protocollen'], [4, undefined, 'Bewaring']],
    ]);
    const { html, markdown } = render();
    expect(html).toContain('<h2 id="machtigingen-title"><span class="num">2.</span> Machtigingen en protocollen</h2>');
    expect(html).toContain('<h3 id="protocols-title"><span class="num">a.</span> Protocollen</h3>');
    expect(html).toContain('<h4 id="retention-title">Bewaring</h4>');
    expect(html).toContain('<li><a href="#machtigingen">2. Machtigingen en protocollen</a><ol><li><a href="#protocols">a. Protocollen</a><ol><li><a href="#retention">Bewaring</a></li></ol></li></ol></li>');
    expect(markdown).toContain('\n## 2\\. Machtigingen en protocollen\n');
    expect(markdown).toContain('\n### a\\. Protocollen\n');
    expect(markdown).toContain('\n#### Bewaring\n');
    expect(markdown).toContain('- [2. Machtigingen en protocollen](#machtigingen)\n  - [a. Protocollen](#protocols)\n    - [Bewaring](#retention)\n');
  });
  test('a chapter numbered met-hoofdstuk puts its number before its sections: 2.1, 2.2', () => {
    const { model, render } = compile(doc.replace('numbering: letters', 'numbering: met-hoofdstuk').replace('  display: subsectie\n', ''));
    const chapter = model!.sections[1] as ChapterView;
    expect(chapter.sections.map((s) => [s.number, s.heading])).toEqual([['2.1', 'Protocollen'], ['2.2', 'Bewaring']]);
    const { html, markdown } = render();
    expect(html).toContain('<h3 id="protocols-title"><span class="num">2.1</span> Protocollen</h3>');
    expect(html).toContain('<li><a href="#protocols">2.1 Protocollen</a></li>');
    expect(markdown).toContain('\n### 2.1 Protocollen\n');
    expect(markdown).toContain('  - [2.1 Protocollen](#protocols)\n');
    // without numbered chapters, the chapter has no number to put before them
    const plain = compile(doc.replace('numbering: letters', 'numbering: met-hoofdstuk').replace('  numbering: true\n', ''));
    expect((plain.model!.sections[1] as ChapterView).sections.map((s) => s.number)).toEqual([1, undefined]);
  });
});

describe('numbering', () => {
  test('a numbered list of special processings, and the subsection after it counting on', () => {
    const { model, render } = compile(`style: { toc: false, sections: [controller, specialProcessings, protocols] }
specialProcessings:
  numbering: cijfers
  items:
    - { type: beeldmateriaal, heading: Beeldmateriaal }
    - { type: camera, heading: Cameratoezicht }
protocols:
  display: subsectie
  heading: Overzicht machtigingen en protocollen
  items: [Protocol A]
`);
    expect(allSections(model!).map((s) => [s.level, s.number, s.heading])).toContainEqual([3, 3, 'Overzicht machtigingen en protocollen']);
    const { htmlText: h, markdownText: m } = render();
    for (const text of [h, m]) inOrder(text, ['1. Beeldmateriaal', '2. Cameratoezicht', '3. Overzicht machtigingen en protocollen', 'Protocol A']);
  });

  test('lists in letters or roman numerals; geen turns the older numbered off', () => {
    const { render } = compile('retention:\n  numbering: letters\n  items: [Tien jaar., Vijf jaar.]\npurposes:\n  numbered: true\n  numbering: romeins\n  items: [{ name: Een }, { name: Twee }]\n');
    const { html, markdown } = render();
    expect(html).toContain('<ol class="numbered" type="a">');
    expect(markdown).toContain('- a. Tien jaar.\n- b. Vijf jaar.');
    expect(markdown).toContain('- i. Een\n- ii. Twee');
    const plain = compile('purposes:\n  numbered: true\n  numbering: geen\n  items: [{ name: Een }]\n').render();
    expect(plain.markdown).toContain('\n- Een\n');
  });
});

describe('purposes with sub-purposes', () => {
  const doc = `purposes:
  numbered: true
  items:
    - name: Promotie, PR en communicatie, waaronder
      items:
        - name: Nieuwsbrief
          basis: [{ basis: toestemming }]
          retention: tot je je uitschrijft
        - name: Persberichten
          basis: [{ basis: algemeen-belang, law: Decreet lokaal bestuur }]
`;
  test('are printed nested under their purpose, each with its own basis', () => {
    const { render } = compile(doc);
    const { html, markdown, htmlText: h, markdownText: m } = render();
    expect(html).toContain('<ul class="purposes sub-purposes">');
    for (const text of [h, m]) inOrder(text, ['Promotie, PR en communicatie, waaronder', 'Nieuwsbrief', 'Toestemming', 'tot je je uitschrijft', 'Persberichten', 'Taak van algemeen belang']);
    expect(markdown).toMatch(/^1\. \*\*Promotie, PR en communicatie, waaronder\*\*\n\n {3}\+ \*\*Nieuwsbrief\*\*\n {6}- Rechtsgrond: /m);
  });
  test('each purpose under a heading of its own (asHeadings), one level below the section; sub-purposes stay a list', () => {
    const { html, markdown, htmlText: h, markdownText: m } = compile(doc.replace('  numbered: true\n', '  numbered: true\n  asHeadings: true\n')).render();
    expect(html).toContain('<h3 class="purpose-name"><span class="num">1.</span> Promotie, PR en communicatie, waaronder</h3>');
    expect(html).toContain('<ul class="purposes sub-purposes">');
    expect(markdown).toMatch(/^### 1\. Promotie, PR en communicatie, waaronder\n\n\+ \*\*Nieuwsbrief\*\*\n {3}- Rechtsgrond: /m);
    for (const text of [h, m]) inOrder(text, ['Promotie, PR en communicatie, waaronder', 'Nieuwsbrief', 'Toestemming', 'tot je je uitschrijft', 'Persberichten']);
    // grouped by basis: the group's heading, then the purposes one level below it
    const grouped = compile(`purposes:\n  asHeadings: true\n  groupByBasis: true\n  items:\n    - { name: Nieuwsbrief, basis: [{ basis: toestemming }] }\n`).render();
    expect(grouped.html).toMatch(/<h3>[^<]*<span class="article">\(AVG art\. 6\.1\.a\)<\/span><\/h3>\n<div class="purpose">\n<h4 class="purpose-name">Nieuwsbrief<\/h4>/);
    expect(grouped.markdown).toMatch(/^### .*6\.1\.a\)\n\n#### Nieuwsbrief$/m);
  });
  test('a purpose on one line: its name, then its description (of one paragraph) on the same line', () => {
    const oneLine = `purposes:
  purposeDisplay: op-een-regel
  items:
    - { name: Ledenadministratie, description: je inschrijving bijhouden. }
    - { name: Foto's, description: "we maken foto's.\\n\\nWil je er niet op staan, zeg het.", display: op-een-regel }
    - { name: Nieuwsbrief, description: we sturen een nieuwsbrief., display: lijst }
`;
    const { html, markdown } = compile(oneLine).render();
    expect(html).toContain('<p class="purpose-name"><strong>Ledenadministratie</strong>: je inschrijving bijhouden.</p>');
    expect(markdown).toContain('- **Ledenadministratie**: je inschrijving bijhouden.\n');
    // two paragraphs, or `lijst` on the purpose itself: the description stands under the name
    expect(markdown).toContain("- **Foto's**\n\n   we maken foto's.\n\n   Wil je er niet op staan, zeg het.");
    expect(markdown).toContain('- **Nieuwsbrief**\n\n   we sturen een nieuwsbrief.');
  });
  test("the legal rules see the sub-purposes' bases", () => {
    const document = compileDocument({ file: 'x.yaml', text: BASE + doc }).document as Statement;
    expect(basesOf(document).map((b) => [b.basis, b.path.join('.')])).toEqual([
      ['toestemming', 'purposes.items.0.items.0.basis.0.basis'],
      ['algemeen-belang', 'purposes.items.0.items.1.basis.0.basis'],
    ]);
    const checked = compileDocument({ file: 'x.yaml', text: BASE + doc.replace('law: Decreet lokaal bestuur', 'appliesTo: iedereen') });
    expect(checked.diagnostics.filter((d) => d.ruleId === 'legal-basis-law').map((d) => d.path?.join('.'))).toEqual(['purposes.items.0.items.1.basis.0']);
    expect(checked.diagnostics.filter((d) => d.ruleId === 'legal-basis-per-purpose')).toEqual([]);
  });
});

describe('data categories on one line', () => {
  test('"Identificatiegegevens: naam, voornaam", per category or for the whole section', () => {
    const doc = (flag: string) => `data:\n${flag}  categories:\n    - name: Identificatiegegevens\n      items: [naam, voornaam]\n    - name: Contact\n      items: [e-mail]\n`;
    for (const flag of ['  categoryDisplay: op-een-regel\n', '']) {
      const text = flag ? doc(flag) : doc('').replace('items: [naam, voornaam]', 'items: [naam, voornaam]\n      display: op-een-regel');
      const { htmlText: h, markdownText: m } = compile(text).render();
      for (const rendered of [h, m]) expect(rendered).toContain('Identificatiegegevens: naam, voornaam');
    }
  });
});
