import { describe, expect, test, vi } from 'vitest';
import { isAlias, isCollection, LineCounter, parseDocument, visit, YAMLParseError, type ErrorCode, type Node } from 'yaml';
import { load } from '../src/load/load.js';
import { mappedCodes, yamlMessage } from '../src/load/yaml-messages.js';
import { text } from '../src/messages/message.js';
import { locate } from '../src/load/source-map.js';

const EMPTY =
  'het bestand is leeg: een verklaring heeft minstens een titel (title) en een verwerkingsverantwoordelijke (controller, met onder entities de naam van de organisatie) nodig; "privnote init" maakt een verklaring om in te vullen';

describe('load', () => {
  test('maps every node and key to its line and column', () => {
    const { data, sourceMap, diagnostics } = load('title: T\ncontroller:\n  entities:\n    - name: A\n', 'x.yaml');
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ title: 'T', controller: { entities: [{ name: 'A' }] } });
    expect(locate(sourceMap, ['controller', 'entities', 0, 'name'])).toEqual({ line: 4, column: 13 });
    expect(locate(sourceMap, ['controller', 'entities', 0, 'name'], true)).toEqual({ line: 4, column: 7 });
  });

  test('a missing path is located at its closest existing parent', () => {
    const { sourceMap } = load('title: T\ncontroller:\n  entities: []\n', 'x.yaml');
    expect(locate(sourceMap, ['controller', 'joint'])).toEqual({ line: 3, column: 3 });
  });

  test('reports a syntax error with its position and keeps going', () => {
    const { data, diagnostics } = load('title: [unclosed\nother: 1\n', 'x.yaml');
    expect(data).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: 'x.yaml', severity: 'error', ruleId: 'yaml-syntax' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
  });

  test('reports a duplicate key at the second occurrence', () => {
    const { diagnostics } = load('title: A\nkind: protocol\ntitle: B\n', 'x.yaml');
    expect(diagnostics).toMatchObject([{ ruleId: 'yaml-duplicate-key', line: 3, column: 1, message: expect.stringContaining('"title"') }]);
  });

  test.each([
    ['- a\n- b\n', 'verwacht velden (sleutel: waarde) op het hoogste niveau, zoals title en controller, gevonden een lijst: haal de "- " vóór de velden van het hoogste niveau weg'],
    ['just text\n', 'verwacht velden (sleutel: waarde) op het hoogste niveau, zoals title en controller, gevonden enkel de tekst "just text": schrijf elk veld als "sleutel: waarde" op een eigen regel'],
    ['', EMPTY],
    ['# enkel commentaar\n', EMPTY],
  ])('a top level that is not a mapping is a diagnostic, in Dutch: %j', (text, message) => {
    const { diagnostics } = load(text, 'x.yaml');
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml-not-mapping', line: 1, column: 1, message })]);
  });

  test('stops an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [${Array(10).fill(i ? `*${'b'.repeat(i)}` : '*a').join(', ')}]`);
    const { data, diagnostics } = load(lines.join('\n'), 'bomb.yaml');
    expect(data).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml-alias', severity: 'error' });
  });

  test('a %YAML 1.1 directive does not turn "no" into false or dates into Date objects', () => {
    const { data } = load('%YAML 1.1\n---\ntitle: no\ndate: 2022-07-18\n', 'x.yaml');
    expect(data).toEqual({ title: 'no', date: '2022-07-18' });
  });
});

test('a nesting bomb is refused by load itself, so library callers with raw text are guarded too', () => {
  const { data, diagnostics } = load(`title: ${'['.repeat(200_000)}`, 'x.yaml');
  expect(data).toBeUndefined();
  expect(diagnostics).toMatchObject([{ ruleId: 'yaml-depth', line: 1, column: 1008 }]);
});

/** Words of the `yaml` package's English messages that no Dutch message uses. */
const ENGLISH =
  /\b(must|cannot|allowed|unexpected|missing|expected|should|indicator|token|implicit|directive|sequence|scalar|between|please|unsupported|unknown|invalid|resolve|unresolved|ambiguous|separated|collection|properties|column|used|exceeded)\b/i;

/** The errors and warnings the library itself raises for `text`, with the options load() uses, and where. */
function raised(text: string): { code: ErrorCode; message: string; line: number; column: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  return [...doc.errors, ...doc.warnings].map((e) => ({ code: e.code, message: e.message, ...(({ line, col }) => ({ line, column: col }))(lineCounter.linePos(e.pos[0])) }));
}

describe('every error of the YAML library in Dutch: what is wrong and how to write it', () => {
  const QUOTE = 'zet de tekst dan tussen aanhalingstekens';
  test.each<[ErrorCode, string, string]>([
    ['ALIAS_PROPS', 'a: &x 1\nb: !!str *x\n', 'een verwijzing (*naam) kan zelf geen anker (&) of tag (!) hebben: verwijder wat vóór de verwijzing staat'],
    ['BAD_ALIAS', 'a: & 1\n', `"&" zonder naam: een anker heeft een naam nodig (bv. &adres); hoort "&" bij de tekst, ${QUOTE}`],
    ['BAD_ALIAS', 'a: *\n', `"*" zonder naam: een verwijzing heeft een naam nodig (bv. *adres); hoort "*" bij de tekst, ${QUOTE}`],
    ['BAD_ALIAS', 'a: &x: 1\n', 'een naam van een anker (&) of verwijzing (*) die op ":" eindigt, is dubbelzinnig: zet een spatie vóór ":", of zet de tekst tussen aanhalingstekens'],
    ['BAD_DIRECTIVE', '%FOO bar\n---\na: 1\n', 'onbekende YAML-richtlijn "%FOO": een regel die met "%" begint, is een richtlijn; verwijder de regel, of zet de tekst tussen aanhalingstekens'],
    ['BAD_DIRECTIVE', '%YAML 1.1 extra\n---\na: 1\n', '"%YAML" verwacht precies één versienummer (bv. %YAML 1.2): verbeter de regel, of laat ze weg'],
    ['BAD_DIRECTIVE', '%YAML 2.0\n---\na: 1\n', 'YAML-versie 2.0 bestaat niet: schrijf "%YAML 1.2", of laat de regel weg'],
    ['BAD_DIRECTIVE', '%TAG !a!\n---\na: 1\n', '"%TAG" verwacht precies twee delen, een afkorting en een voorvoegsel: verbeter de regel, of laat ze weg (een verklaring heeft geen tags nodig)'],
    ['BAD_DQ_ESCAPE', 'a: "C:\\Users\\x"\n', 'ongeldige escape "\\U" tussen dubbele aanhalingstekens: schrijf een backslash als "\\\\", of gebruik enkele aanhalingstekens (\'…\')'],
    ['BAD_INDENT', 'a:\n  b: 1\n c: 2\n', 'dit veld staat niet in dezelfde kolom als de velden erboven: laat alle velden van dezelfde mapping even ver ingesprongen beginnen'],
    ['BAD_INDENT', 'a:\n  b: [1,\n  2\n', 'de lijst tussen "[" en "]" wordt niet afgesloten, of een vervolgregel staat niet verder ingesprongen dan de sleutel: sluit af met "]" en spring vervolgregels verder in'],
    ['BAD_INDENT', 'a: {b: 1\n', 'de mapping tussen "{" en "}" wordt niet afgesloten, of een vervolgregel staat niet verder ingesprongen dan de sleutel: sluit af met "}" en spring vervolgregels verder in'],
    ['BAD_PROP_ORDER', '&x ? a\n: b\n', 'een anker (&) of tag (!) staat vóór "?": zet het erna (bv. ? &naam …)'],
    ['BAD_SCALAR_START', 'a: @foo\n', 'een tekst kan niet beginnen met "@": zet de tekst tussen aanhalingstekens ("@…")'],
    ['BAD_SCALAR_START', 'a: `foo`\n', 'een tekst kan niet beginnen met "`": zet de tekst tussen aanhalingstekens ("`…")'],
    ['BLOCK_AS_IMPLICIT_KEY', 'title: Privacy: zo werkt het\n', 'een tweede ": " op dezelfde regel: staat ": " in de tekst, zet de tekst dan tussen aanhalingstekens (title: "Privacy: zo werkt het"); is het een veld, zet het dan op een eigen regel, ingesprongen'],
    ['BLOCK_AS_IMPLICIT_KEY', 'name: Foo\n  city: Gent\n', '"city" staat ingesprongen onder "name: Foo", maar een veld met een tekst kan geen velden bevatten: spring "city" even ver in als "name", of haal "Foo" weg als "city" een veld van "name" is'],
    ['BLOCK_AS_IMPLICIT_KEY', 'a:\n  - 1\n  &x - 2\n', 'een lijst of mapping kan geen sleutel zijn: kijk de inspringing van deze regel en de regel erboven na'],
    ['BLOCK_IN_FLOW', 'a: {\n b: - 1\n}\n', 'tussen "[ ]" of "{ }" kan geen lijst met "- " of tekstblok met "|" of ">" staan: scheid de elementen tussen de haakjes met komma\'s, of laat de haakjes weg en zet elk element op een eigen regel'],
    ['DUPLICATE_KEY', 'a: 1\na: 2\n', 'dubbele sleutel "a": elke sleutel mag maar één keer voorkomen; verwijder of hernoem er een'],
    ['KEY_OVER_1024_CHARS', `- ${'lange tekst '.repeat(90)}: 1\n`, 'deze regel wordt gelezen als een sleutel van meer dan 1024 tekens, omdat er verderop ": " in staat: zet de tekst tussen aanhalingstekens, of schrijf hem als tekstblok na "|"'],
    ['MISSING_CHAR', 'a: "abc\n', 'een tekst tussen dubbele aanhalingstekens (") wordt niet afgesloten: zet een " aan het einde; een " in de tekst zelf schrijf je als \\"'],
    ['MISSING_CHAR', "a: 'abc\n", "een tekst tussen enkele aanhalingstekens (') wordt niet afgesloten: zet een ' aan het einde; een ' in de tekst zelf (zoals in foto's) schrijf je dubbel: ''"],
    ['MISSING_CHAR', 'a: ["b" c]\n', 'tussen twee elementen van "[ ]" ontbreekt een komma: voeg ze toe, of zet een tekst met spaties tussen aanhalingstekens'],
    ['MISSING_CHAR', '{"a" "b"}\n', 'tussen twee velden van "{ }" ontbreekt een komma, of tussen sleutel en waarde een ":": voeg ze toe'],
    ['MISSING_CHAR', 'a: "x"#c\n', 'een "#" direct na een waarde: zet een spatie vóór "#" als het commentaar is, of zet de hele tekst tussen aanhalingstekens als "#" erbij hoort'],
    ['MISSING_CHAR', 'a:\n  - 1\n  2\n', 'tekst zonder ":" waar een veld (sleutel: waarde) verwacht wordt: voeg ": " toe na de sleutel, of spring de regel verder in als hij bij de tekst erboven hoort'],
    ['MISSING_CHAR', '%YAML 1.2\na: 1\n', 'na een YAML-richtlijn (een regel die met "%" begint) moet een regel "---" volgen: voeg "---" toe, of verwijder de richtlijn'],
    ['MISSING_CHAR', 'a: !!str"x"\n', `na een tag (!…) of anker (&…) hoort een spatie; hoort "!" of "&" bij de tekst, ${QUOTE}`],
    ['MISSING_CHAR', '&x - a\n', 'een lijst na een anker (&) of tag (!) begint op de volgende regel: zet de "- …" onder de regel met het anker of de tag'],
    ['MISSING_CHAR', '--- a: 1\n', 'na "---" kan op dezelfde regel geen veld of lijst beginnen: zet het op de volgende regel'],
    ['MISSING_CHAR', '[1, 2\n', 'de lijst die met "[" begint, wordt niet afgesloten: voeg "]" toe'],
    ['MISSING_CHAR', 'a: |\n    \n  x\n', 'de tekst na "|" of ">" begint met lege regels die verder ingesprongen zijn dan de eerste tekstregel: haal de spaties op die lege regels weg'],
    ['MULTILINE_IMPLICIT_KEY', 'title: T\nnaam van\n  iets: x\n', 'een sleutel moet op één regel staan: deze regel heeft geen ": " en wordt met de volgende samen als één sleutel gelezen; voeg ": " toe, maak er commentaar van met "#", of zet de tekst tussen aanhalingstekens'],
    ['MULTILINE_IMPLICIT_KEY', 'a: [ - b ]\n', 'een "sleutel: waarde" tussen "[ ]" moet op één regel staan: zet de sleutel en ":" op dezelfde regel, of zet de tekst tussen aanhalingstekens'],
    ['MULTIPLE_ANCHORS', 'a: &x &y 1\n', 'een waarde kan maar één anker (&) hebben: verwijder het tweede'],
    ['MULTIPLE_DOCS', 'title: A\n---\ntitle: B\n', 'één verklaring per bestand: splits de documenten; hier begint een tweede YAML-document ("---" of "..."), zet het in een eigen bestand of verwijder de scheidingslijn'],
    ['MULTIPLE_TAGS', 'a: !!str !!str 1\n', 'een waarde kan maar één tag (!…) hebben: verwijder de tweede'],
    ['RESOURCE_EXHAUSTION', `a: ${'['.repeat(999)}${']'.repeat(999)}\n`, 'te diep genest om te lezen: zo diep gaat geen verklaring; zoek een "[" of "{" die niet gesloten wordt, of inspringingen die blijven toenemen'],
    ['TAB_AS_INDENT', 'a:\n\tb: 1\n', 'een tab mag niet als inspringing: gebruik spaties'],
    ['TAG_RESOLVE_FAILED', 'title: !Belangrijk bericht\n', 'de tag "!Belangrijk" kan niet gelezen worden: privnote gebruikt geen tags (een woord met "!" vóór een waarde); verwijder "!Belangrijk", of zet de tekst tussen aanhalingstekens als "!" erbij hoort'],
    ['TAG_RESOLVE_FAILED', 'a: !e!foo x\n', 'de tag "!e!foo" kan niet gelezen worden: privnote gebruikt geen tags (een woord met "!" vóór een waarde); verwijder "!e!foo", of zet de tekst tussen aanhalingstekens als "!" erbij hoort'],
    ['UNEXPECTED_TOKEN', 'a: 1\n]\n', '"]" zonder "[" of "{" ervoor: verwijder het, of zet de tekst tussen aanhalingstekens'],
    ['UNEXPECTED_TOKEN', 'a: [1,,2]\n', 'een komma te veel tussen "[ ]" of "{ }": verwijder ze; hoort de komma bij een tekst, zet die tekst dan tussen aanhalingstekens'],
    ['UNEXPECTED_TOKEN', 'a: |x\n  b\n', 'na "|" of ">" mag op dezelfde regel enkel "+", "-" of een cijfer staan: zet de tekst op de volgende regels, ingesprongen'],
    ['UNEXPECTED_TOKEN', 'a: "x" y\n', '"y" volgt op het einde van de waarde: na een tekst tussen aanhalingstekens of na "]" of "}" mag op dezelfde regel niets meer staan; zet alles tussen de aanhalingstekens, of spring de regel verder in als ze bij een tekst erboven hoort'],
    ['UNEXPECTED_TOKEN', "title: 'foto's'\n", "een ' midden in een tekst tussen enkele aanhalingstekens sluit die tekst af: schrijf ze dubbel (bv. 'foto''s'), of laat de aanhalingstekens rond de tekst weg"],
    ['UNEXPECTED_TOKEN', 'title: "zeg "hallo" nu"\n', 'een " midden in een tekst tussen dubbele aanhalingstekens sluit die tekst af: schrijf ze als \\", of zet de tekst tussen enkele aanhalingstekens'],
    ['UNEXPECTED_TOKEN', 'a: - b\n', `een lijst kan niet op dezelfde regel beginnen als haar sleutel: zet elk "- …" op een eigen regel onder de sleutel, ingesprongen; hoort "- " bij de tekst, ${QUOTE}`],
    ['UNEXPECTED_TOKEN', '- a\n- b\n: c\n', '":" staat op een plaats waar YAML het niet verwacht: kijk de inspringing en de haakjes van deze regel en de regel erboven na; hoort het bij een tekst, zet die tekst dan tussen aanhalingstekens'],
    ['BAD_COLLECTION_TYPE', 'a: !!set [x]\n', 'de tag "!!set" past niet bij deze lijst of mapping: verwijder de tag (privnote gebruikt geen tags)'],
  ])('%s (%#)', (code, text, message) => {
    const error = raised(text).find((e) => e.code === code);
    expect(error, `the library raises ${code} for this text`).toBeDefined();
    const { line, column } = error!;
    // Where the stack runs out depends on how deep the caller already is: that one is compared without its place.
    const found = load(text, 'x.yaml').diagnostics.filter((d) => code === 'RESOURCE_EXHAUSTION' || (d.line === line && d.column === column));
    expect(found).toEqual([expect.objectContaining({ ruleId: code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax', message })]);
    expect(message).not.toMatch(ENGLISH);
    expect(message).not.toContain(error!.message.split(' ').slice(0, 3).join(' '));
  });

  test('every code has a Dutch message, those no text here can raise too (IMPOSSIBLE, NON_STRING_KEY)', () => {
    expect(mappedCodes.sort()).toEqual([
      'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_COLLECTION_TYPE', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER',
      'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS',
      'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY',
      'RESOURCE_EXHAUSTION', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN',
    ]);
    // IMPOSSIBLE guards the library's own invariants; NON_STRING_KEY needs the `stringKeys` option, which load() does not set.
    expect(text(yamlMessage(new YAMLParseError([0, 1], 'IMPOSSIBLE', 'Map comment with trailing content'), 'a: 1\n'))).toBe(
      'deze plaats kan niet als YAML gelezen worden: schrijf de regel eenvoudiger, bv. zonder commentaar erachter',
    );
    expect(text(yamlMessage(new YAMLParseError([0, 1], 'NON_STRING_KEY', 'With stringKeys, all keys must be strings'), '1: a\n'))).toBe(
      'een sleutel moet een woord zijn, geen getal, lijst of mapping: schrijf de sleutel als tekst (bv. name:)',
    );
  });

  test('a code a newer library might add gets a Dutch message with the code, never the library\'s English text', () => {
    const error = new YAMLParseError([0, 1], 'SOMETHING_NEW' as ErrorCode, 'Something new happened at line 1, column 1:\n\na: 1\n^');
    expect(text(yamlMessage(error, 'a: 1\n'))).toBe('onbekende YAML-fout (SOMETHING_NEW): kijk de inspringing, aanhalingstekens en haakjes van deze regel na');
  });

  test('a warning of the library stays a warning, and the document is still read', () => {
    const { data, diagnostics } = load('title: !Belangrijk bericht\n', 'x.yaml');
    expect(diagnostics).toMatchObject([{ severity: 'warning', line: 1, column: 8 }]);
    expect(data).toEqual({ title: 'bericht' });
  });

  test('one message per place: a field under a text is not also a multi-line key', () => {
    expect(raised('name: Foo\n  city: Gent\n').map((e) => e.code)).toEqual(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
    expect(load('name: Foo\n  city: Gent\n', 'x.yaml').diagnostics).toHaveLength(1);
  });

  test('a stack overflow deep in the library is reported once, not at every level', () => {
    const deep = `a: ${'['.repeat(999)}${']'.repeat(999)}\n`;
    expect(raised(deep).map((e) => e.code)).toContain('RESOURCE_EXHAUSTION');
    expect(load(deep, 'x.yaml').diagnostics).toMatchObject([{ ruleId: 'yaml-syntax', line: 1 }]);
  });

  test('two documents in one file: split them, no hint at the library\'s API', () => {
    const { data, diagnostics } = load('---\ntitle: A\n---\ntitle: B\n', 'x.yaml');
    expect(data).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, column: 1, message: expect.stringMatching(/^één verklaring per bestand: splits de documenten/) })]);
    expect(diagnostics[0]!.message).not.toMatch(/parseAllDocuments|YAML\./);
  });

  test('every mapping or list as a key is reported, in the order yaml visits them, wherever it stands', () => {
    const text = [
      'a: &m { k: 1 }', '? [x, { [deep]: 1 }]', ': v', 'list:', '  - { [in, list]: 1 }', '  - [p: 1, { q: 2 }: 3]',
      'nested:', '  ? { inner: { [k]: v } }', '  : { [value, key]: 1 }', '*m : alias', 'plain: 1', '',
    ].join('\n');
    const expected: [number, number][] = [];
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, schema: 'core' });
    visit(doc, {
      Pair(_, { key }) {
        if (isCollection(key) || (isAlias(key) && isCollection(key.resolve(doc)))) {
          const { line, col } = lineCounter.linePos((key as Node).range![0]);
          expected.push([line, col]);
        }
      },
    });
    expect(expected.length).toBeGreaterThan(6);
    expect(load(text, 'x.yaml').diagnostics.map((d) => [d.line, d.column])).toEqual(expected);
  });

  test.each([
    ['? { a: 1 }\n: x\n', 1, 3, 'een mapping als sleutel ({ a: 1 }): een sleutel is één woord vóór ":" (bv. name: …); haal de "?" vooraan de regel weg en schrijf "sleutel: waarde"'],
    ['{ a: 1 }: x\n', 1, 1, 'een mapping als sleutel ({ a: 1 }): een sleutel is één woord vóór ":" (bv. name: …); hoort de mapping bij de waarde, zet ze dan na "sleutel:"'],
    ['title: T\n[a, b]: x\n', 2, 1, 'een lijst als sleutel ([a, b]): een sleutel is één woord vóór ":" (bv. name: …); hoort de lijst bij de waarde, zet ze dan na "sleutel:"'],
  ])('a mapping or list as a key is a positioned error, not a warning of Node: %j', (text, line, column, message) => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const { data, diagnostics } = load(text, 'x.yaml');
      expect(data).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'yaml-syntax', line, column, message })]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test.each([
    ['a: *nope\n', 'verwijzing "*nope" naar een anker dat er niet (of pas later) is: zet "&nope" bij de waarde waarnaar je verwijst, vóór de verwijzing'],
    [
      ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'].join('\n'),
      'te veel verwijzingen (*naam) uit te klappen (hoogstens 100): schrijf de waarden uit in plaats van naar elkaar te verwijzen',
    ],
  ])('alias problems in Dutch: %j', (text, message) => {
    expect(load(text, 'x.yaml').diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml-alias', message })]);
  });
});
