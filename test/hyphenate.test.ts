import { describe, expect, test } from 'vitest';
import { SOFT_HYPHEN, hyphenateHtml } from '../src/render/hyphenate.js';

const shown = (html: string) => html.replaceAll(SOFT_HYPHEN, '|');

describe('Dutch soft hyphens in the HTML printed to PDF', () => {
  test('puts soft hyphens at the Dutch break points of words of seven letters or more', () => {
    expect(shown(hyphenateHtml('<p>De verwerkingsverantwoordelijke bewaart uw persoonsgegevens op zijn zetel.</p>'))).toBe(
      '<p>De ver|wer|kings|ver|ant|woor|de|lij|ke be|waart uw per|soons|ge|ge|vens op zijn zetel.</p>',
    );
  });

  test('leaves e-mail addresses, web addresses, phone, enterprise and VAT numbers without soft hyphens', () => {
    const html =
      '<p>Mail privacy@gegevensbeschermingsautoriteit.be of kijk op https://www.gegevensbeschermingsautoriteit.be/klacht ' +
      'of www.groepintro.be, bel 089 32 28 10 of +32 (0)2 242 85 43; ondernemingsnummer BE 0410.346.721, btw BE0690818063.</p>';
    const result = hyphenateHtml(html);
    const words = result.replace(/<[^>]*>/g, '').split(/\s+/);
    for (const token of ['privacy@gegevensbeschermingsautoriteit.be', 'https://www.gegevensbeschermingsautoriteit.be/klacht', 'www.groepintro.be,', '0410.346.721,', 'BE0690818063.']) {
      expect(words).toContain(token);
    }
    expect(shown(result)).toContain('on|der|ne|mings|num|mer');
  });

  test('leaves identifiers whole: a cookie name is a code, not a word', () => {
    const result = hyphenateHtml('<td>vv_session</td><td>_ga_XYZ123</td><td>sessiecookie</td>');
    expect(result).toContain('<td>vv_session</td><td>_ga_XYZ123</td>');
    expect(shown(result)).toContain('ses|siecookie');
  });

  test('keeps phone numbers, enterprise numbers after their country and numbers with a hyphen on one line', () => {
    expect(shown(hyphenateHtml('<p>Bel 011 43 02 01 of +32 (0)2 242 85 43, nummer BE 0410.346.721, B-3500 Hasselt, 1-8.</p>'))).toBe(
      '<p>Bel <span class="nowrap">011 43 02 01</span> of <span class="nowrap">+32 (0)2 242 85 43</span>, nummer ' +
        '<span class="nowrap">BE 0410.346.721</span>, <span class="nowrap">B-3500</span> Has|selt, <span class="nowrap">1-8.</span></p>',
    );
  });

  test('lets addresses break only after @, . and /, keeps a part with a hyphen of its own whole, and the domain with its end', () => {
    expect(hyphenateHtml('<p>privacy.west-limburg@lplimburg.be</p>')).toBe(
      '<p>privacy.<wbr><span class="nowrap">west-limburg@</span><wbr>lplimburg.be</p>',
    );
    expect(hyphenateHtml('<td>www.groepintro.be</td>')).toBe('<td>www.<wbr>groepintro.be</td>');
    expect(hyphenateHtml('<td>www.vdab.be/stel-je-vraag</td>')).toBe(
      '<td>www.<wbr>vdab.<wbr>be/<wbr><span class="nowrap">stel-je-vraag</span></td>',
    );
    expect(hyphenateHtml('<p>(dpo@limburg.be).</p>')).toBe('<p>(dpo@<wbr>limburg.be).</p>');
  });

  test('never changes tags or attributes, links included', () => {
    const html =
      '<a href="https://www.vlaanderen.be/verwerkingsverantwoordelijke" title="verwerkingsverantwoordelijke" ' +
      'aria-label="Gegevensbeschermingsautoriteit">Gegevensbeschermingsautoriteit</a>';
    const result = hyphenateHtml(html);
    expect(result.slice(0, result.indexOf('>') + 1)).toBe(html.slice(0, html.indexOf('>') + 1));
    expect(shown(result)).toContain('>Ge|ge|vens|be|scher|mings|au|to|ri|teit</a>');
  });

  test('leaves the style sheet, the title, headings, acronyms, character references and other languages whole', () => {
    const html =
      '<head><title>Privacyverklaring</title><style>dd > p { hyphens: manual }</style></head>' +
      '<h2 id="x">Welke persoonsgegevens verwerken wij?</h2><p>Standaardcontractbepalingen (<span lang="en">Standard ' +
      'Contractual Clauses</span>), CIPAL, foto&#x27;s &amp;&nbsp;beeldmateriaal</p>';
    expect(shown(hyphenateHtml(html))).toBe(
      '<head><title>Privacyverklaring</title><style>dd > p { hyphens: manual }</style></head>' +
        '<h2 id="x">Welke persoonsgegevens verwerken wij?</h2><p>Stan|daard|con|tract|be|pa|lin|gen (<span lang="en">Standard ' +
        'Contractual Clauses</span>), CIPAL, foto&#x27;s &amp;&nbsp;beeld|ma|te|ri|aal</p>',
    );
  });

  test('hyphenates Dutch text again after a passage in another language ends', () => {
    const html = '<p data-lang="en"><span lang="en"><span>Privacy Shield</span> agreements</span> persoonsgegevens</p>';
    expect(shown(hyphenateHtml(html))).toBe(
      '<p data-lang="en"><span lang="en"><span>Privacy Shield</span> agreements</span> per|soons|ge|ge|vens</p>',
    );
  });
});
