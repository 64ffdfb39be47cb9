import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { diffDocuments, type Change } from '../src/diff/diff.js';
import { changelogEntry, diffJson, diffMarkdown, diffText } from '../src/diff/report.js';
import { renderExample } from './helpers.js';

const BASE = readFileSync('test/fixtures/minimal.yaml', 'utf8');
const doc = (text: string) => {
  const { document, diagnostics } = compileDocument({ file: 'x.yaml', text }, { rules: false });
  if (!document) throw new Error(JSON.stringify(diagnostics));
  return document;
};
const changes = (after: string, before = BASE) => diffDocuments(doc(before), doc(after)).map((c) => diffText([c]).split('\n')[1]!.trim());

describe('semantic diff', () => {
  test('nothing changed, or only reflowed text and reordered lists: no change', () => {
    expect(diffDocuments(doc(BASE), doc(BASE))).toEqual([]);
    const reflowed = BASE.replace('items: [andere overheden, als de wet dat oplegt]', 'items: [als de wet dat oplegt, andere overheden]').replace(
      'text: We bewaren je gegevens 10 jaar na het afsluiten van je dossier.',
      'text: >-\n    We bewaren je gegevens 10 jaar\n    na het afsluiten van je dossier.',
    );
    expect(changes(reflowed)).toEqual([]);
  });

  test('purposes added and removed, a legal basis and a retention term changed', () => {
    const after = BASE.replace(
      '    - name: Dienstverlening aan burgers\n      basis: [{ basis: wettelijke-verplichting, law: Decreet lokaal bestuur van 22 december 2017 }]',
      '    - name: Dienstverlening aan burgers\n      basis: [{ basis: algemeen-belang }]\n      retention: 5 jaar\n    - name: Nieuwsbrief\n      basis: [{ basis: toestemming }]',
    );
    expect(changes(after)).toEqual([
      '+ doeleinde "Nieuwsbrief" toegevoegd',
      '+ rechtsgrond "Taak van algemeen belang" van doeleinde "Dienstverlening aan burgers" toegevoegd',
      '- rechtsgrond "Wettelijke verplichting" van doeleinde "Dienstverlening aan burgers" verwijderd',
      '+ bewaartermijn van doeleinde "Dienstverlening aan burgers": "5 jaar"',
    ]);
  });

  test('a processor added, a recipient removed, contact details and a right changed', () => {
    const after = BASE.replace('items: [andere overheden, als de wet dat oplegt]', 'items: [andere overheden]\n  processors: [{ name: Cipal, service: boekhouding }]')
      .replace('email: privacy@testgemeente.be', 'email: dpo@testgemeente.be')
      .replace('rights:\n', 'rights:\n  items: [{ right: inzage, text: Je mag alles zien. }]\n');
    expect(changes(after)).toEqual([
      '~ e-mail van verantwoordelijke "Testgemeente": "privacy@testgemeente.be" → "dpo@testgemeente.be"',
      '- ontvanger: "als de wet dat oplegt"',
      '+ verwerker "Cipal" toegevoegd',
      '+ recht "Recht op inzage" toegevoegd',
    ]);
  });

  test('the rights privnote derives from the legal bases are no fact of the document: an own list is a change', () => {
    // the derived rights of BASE (a legal obligation) are the four of every data subject; written out, they are stated
    const written = BASE.replace('rights:\n', 'rights:\n  items: [{ right: inzage }, { right: verbetering }, { right: wissing }, { right: beperking }]\n');
    expect(changes(written)).toEqual(['inzage', 'verbetering', 'wissing', 'beperking'].map((r) => `+ recht "Recht op ${r}" toegevoegd`));
    // a basis that gives another right is reported as what it is: a change of the basis
    const basis = BASE.replace('basis: wettelijke-verplichting', 'basis: algemeen-belang');
    expect(changes(basis)).toEqual([
      '+ rechtsgrond "Taak van algemeen belang" van doeleinde "Dienstverlening aan burgers" toegevoegd',
      '- rechtsgrond "Wettelijke verplichting" van doeleinde "Dienstverlening aan burgers" verwijderd',
    ]);
    const without = BASE.replace('rights:\n  automated: { used: false }\n', '');
    expect(changes(BASE, without)).toEqual(['+ gebruik van geautomatiseerde besluiten: "nee"']);
  });

  test('fields no hand-written list knew: the joint controllers, the judicial data, the contact to exercise rights', () => {
    const example = readFileSync('examples/groep-intro.yaml', 'utf8');
    const after = example
      .replace('  alias: Groep INTRO\n', '  alias: Groep INTRO\n  joint: true\n')
      .replace('data:\n', 'data:\n  judicial: { processed: false, text: We verwerken geen gerechtelijke gegevens. }\n')
      .replace('phone: "+32(0)2 242 85 43"', 'phone: "+32(0)2 242 85 44"');
    expect(diffText(diffDocuments(doc(example), doc(after)))).toBe(
      [
        'Verwerkingsverantwoordelijke',
        '  + gezamenlijke verantwoordelijkheid: "ja"',
        '',
        'Persoonsgegevens',
        '  + verwerking van gerechtelijke gegevens: "nee"',
        '  + tekst van gerechtelijke gegevens: "We verwerken geen gerechtelijke gegevens."',
        '',
        'Je rechten',
        '  ~ telefoon van contactpunt van uitoefening van de rechten: "+32(0)2 242 85 43" → "+32(0)2 242 85 44"',
        '',
      ].join('\n'),
    );
  });

  test('changes of form and of privnote\'s checks are reported in their own groups, after the processing', () => {
    const after = BASE.replace('retention:\n', 'style: { toc: false }\nretention:\n  heading: Hoelang?\n  x-privnote-ignore: [{ retention: staat per doeleinde }]\n')
      .replace('We bewaren je gegevens 10 jaar', 'We bewaren je gegevens 12 jaar');
    const list = diffDocuments(doc(BASE), doc(after));
    expect(diffText(list)).toBe(
      [
        'Bewaartermijnen',
        '  ~ tekst: "… bewaren je gegevens 10 jaar na het …" → "… bewaren je gegevens 12 jaar na het …"',
        '',
        'Vorm en opmaak',
        '  + inhoudstafel van vorm van het document: "nee"',
        '  + titel (Bewaartermijnen): "Hoelang?"',
        '',
        'Controles van privnote',
        '  + uitgezette controle "retention" (Bewaartermijnen) toegevoegd',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(diffJson(list)).changes.map((c: Change) => [c.path.join('.'), c.presentational])).toEqual([
      ['retention.text', false],
      ['style.toc', true],
      ['retention.heading', true],
      ['retention.x-privnote-ignore.0', true],
    ]);
    expect(changelogEntry(list, '2024-03-01')).toContain('description: "tekst: ');
    expect(changelogEntry(list.filter((c) => c.presentational), '2024-03-01')).toContain('Geen inhoudelijke wijziging.');
  });

  test('the order of the sections is form: a reorder is reported there, a reorder of any other list is no change', () => {
    const before = `${BASE}style:\n  sections: [controller, data, purposes]\n`;
    const after = before.replace('[controller, data, purposes]', '[data, controller, purposes]').replace('items: [andere overheden, als de wet dat oplegt]', 'items: [als de wet dat oplegt, andere overheden]');
    expect(changes(after, before)).toEqual(['~ volgorde van secties van vorm van het document: "controller, data, purposes" → "data, controller, purposes"']);
  });

  test('a changed long text shows only the words that differ', () => {
    const long = 'We bewaren je gegevens 10 jaar na het afsluiten van je dossier, zoals de archiefwet het voorschrijft voor sociale dossiers.';
    const before = BASE.replace('text: We bewaren je gegevens 10 jaar na het afsluiten van je dossier.', `text: ${long}`);
    expect(changes(before.replace('10 jaar', '15 jaar'), before)).toEqual([
      '~ tekst: "… bewaren je gegevens 10 jaar na het …" → "… bewaren je gegevens 15 jaar na het …"',
    ]);
  });

  test('reporters: text grouped by section, Markdown for a pull request, a changelog entry', () => {
    const list = diffDocuments(doc(BASE), doc(BASE.replace('5 jaar', '').replace('Dienstverlening aan burgers', 'Dienstverlening')));
    expect(diffText(list)).toBe('Doeleinden\n  + doeleinde "Dienstverlening" toegevoegd\n  - doeleinde "Dienstverlening aan burgers" verwijderd\n');
    expect(diffMarkdown(list)).toBe('### Doeleinden\n\n- **Toegevoegd**: doeleinde "Dienstverlening"\n- **Verwijderd**: doeleinde "Dienstverlening aan burgers"\n');
    expect(changelogEntry(list, '2024-03-01')).toBe(
      'changes:\n  log:\n    - date: 2024-03-01\n      description: "doeleinde \\"Dienstverlening\\" toegevoegd; doeleinde \\"Dienstverlening aan burgers\\" verwijderd"\n',
    );
  });

  test('the change history renders as a "Wijzigingen" section', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privnote-log-'));
    writeFileSync(join(dir, 'n.yaml'), `${BASE}changes:\n  log:\n    - date: 2024-03-01\n      description: Nieuwe verwerker voor de boekhouding.\n`);
    const { markdown, html } = renderExample(join(dir, 'n.yaml'));
    expect(markdown).toContain('## Wat met wijzigingen in deze verklaring?\n\n- 1 maart 2024: Nieuwe verwerker voor de boekhouding.\n');
    expect(html).toContain('<li><time datetime="2024-03-01">1 maart 2024</time>: Nieuwe verwerker voor de boekhouding.</li>');
  });
});

describe('privnote diff and render on the command line', () => {
  const bin = join(process.cwd(), 'bin', 'privnote.js');

  test('--since compares with a git revision; render works as a textconv driver', () => {
    const repo = mkdtempSync(join(tmpdir(), 'privnote-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(repo, 'notice.yaml'), BASE);
    git('add', '.');
    git('commit', '-qm', 'v1');
    writeFileSync(join(repo, 'notice.yaml'), BASE.replace('10 jaar', '15 jaar'));
    const diff = spawnSync(process.execPath, [bin, 'diff', 'notice.yaml', '--since', 'HEAD'], { cwd: repo, encoding: 'utf8' });
    expect(diff.stdout).toBe('Bewaartermijnen\n  ~ tekst: "… bewaren je gegevens 10 jaar na het …" → "… bewaren je gegevens 15 jaar na het …"\n');

    writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=privnote\n');
    git('config', 'diff.privnote.textconv', `${process.execPath} ${bin} render`);
    expect(git('diff', 'notice.yaml')).toContain('+We bewaren je gegevens 15 jaar na het afsluiten van je dossier.');
  });

  test('--since takes a revision, never an option for git (which could write files)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privnote-since-'));
    const result = spawnSync(process.execPath, [bin, 'diff', 'test/fixtures/minimal.yaml', `--since=--output=${join(dir, 'x')}`], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('privnote: --since: een revisie begint niet met "-", wel "--output=' + join(dir, 'x') + '": geef een commit, tak of tag (bv. --since main)\n');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  test('an unknown revision is a usage error', () => {
    const result = spawnSync(process.execPath, [bin, 'diff', 'test/fixtures/minimal.yaml', '--since', 'no-such-rev'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^privnote: git kan test\/fixtures\/minimal\.yaml niet tonen zoals het in no-such-rev was \(.*\): kijk na of de revisie bestaat/);
  });
});

test('in a list whose order is its content (the numbered articles of a protocol), a move is a change', () => {
  const protocol = readFileSync('examples/protocol-opgroeien-ocmw-leopoldsburg.yaml', 'utf8');
  const before = doc(protocol);
  const after = structuredClone(before) as { articles: unknown[] };
  after.articles.reverse();
  expect(diffText(diffDocuments(before, after as typeof before))).toMatch(/~ volgorde van Artikels: "artikel "Onderwerp"/);
});
