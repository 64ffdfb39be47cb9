import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { runCli, spawnCli, tempDir } from './cli-helpers.js';

const privnote = (...args: string[]) => runCli(args);

describe('privnote check: diagnostics like a compiler', () => {
  test.each([
    ['syntax-error.yaml', /^test\/fixtures\/syntax-error\.yaml:4:1  error  yaml-syntax  de lijst tussen "\[" en "\]" wordt niet afgesloten, .*: sluit af met "\]" en spring vervolgregels verder in$/m],
    ['duplicate-key.yaml', /^test\/fixtures\/duplicate-key\.yaml:5:1  error  yaml-duplicate-key  dubbele sleutel "title": elke sleutel mag maar één keer voorkomen; verwijder of hernoem er een$/m],
    [
      'missing-required.yaml',
      /^test\/fixtures\/missing-required\.yaml:1:1  error  schema-required  verplicht veld "controller" \(verwerkingsverantwoordelijke\) ontbreekt op het hoogste niveau: voeg "controller:" toe met daaronder entities \(verantwoordelijken\)$/m,
    ],
    [
      'wrong-type.yaml',
      /^test\/fixtures\/wrong-type\.yaml:5:24  error  schema-type  verwacht een lijst met per element een vertegenwoordiger \(- role: …\), gevonden tekst "Jan": zet elk element op een eigen regel na "- ", met zijn velden erachter$/m,
    ],
    ['unknown-key.yaml', /^test\/fixtures\/unknown-key\.yaml:5:7  error  schema-unknown-key  onbekend veld "emial"; bedoelde je "email"\?$/m],
    ['not-mapping.yaml', /^test\/fixtures\/not-mapping\.yaml:1:1  error  yaml-not-mapping  /m],
  ])('%s: exit 1, position and rule on stderr, no stack trace', async (fixture, expected) => {
    const { code, stdout, stderr } = await privnote('check', `test/fixtures/${fixture}`);
    expect(code).toBe(1);
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });

  test('reports the problems of all files in one run, then a summary', async () => {
    const { code, stderr } = await privnote('check', 'test/fixtures/unknown-key.yaml', 'test/fixtures/wrong-type.yaml', 'test/fixtures/minimal.yaml');
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((line) => / {2}error {2}/.test(line))).toHaveLength(2);
    expect(stderr).toContain('2 fouten, 0 waarschuwingen in 3 bestanden');
  });

  test('a valid file: exit 0 and nothing on stderr', async () => {
    const { code, stdout, stderr } = await privnote('check', 'test/fixtures/minimal.yaml');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe('1 bestand nagekeken\n');
  });
});

describe('privnote build', () => {
  test('writes <out-dir>/<basename>.<format> for the requested formats only', async () => {
    const out = tempDir();
    const { code, stdout } = await privnote('build', 'test/fixtures/minimal.yaml', '-o', out, '-f', 'md,html');
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['minimal.html', 'minimal.md']);
    expect(stdout).toContain(`geschreven: ${join(out, 'minimal.md')}`);
  });

  test('a broken document writes nothing and keeps its earlier output; the others are still built', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    copyFileSync('test/fixtures/minimal.yaml', join(dir, 'good.yaml'));
    copyFileSync('test/fixtures/minimal.yaml', join(dir, 'notice.yaml'));
    expect((await privnote('build', dir, '-o', out, '-f', 'html')).code).toBe(0);
    const before = readFileSync(join(out, 'notice.html'), 'utf8');

    writeFileSync(join(dir, 'notice.yaml'), readFileSync('test/fixtures/unknown-key.yaml'));
    writeFileSync(join(dir, 'good.yaml'), readFileSync('test/fixtures/minimal.yaml', 'utf8').replace('Testgemeente', 'Nieuwe gemeente'));
    const { code, stderr } = await privnote('build', dir, '-o', out, '-f', 'html');
    expect(code).toBe(1);
    expect(stderr).toContain('schema-unknown-key');
    expect(readFileSync(join(out, 'notice.html'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'good.html'), 'utf8')).toContain('Nieuwe gemeente');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test.each([
    [['build', 'test/fixtures/minimal.yaml', '-f', 'docx'], /onbekend formaat "docx": kies uit html, md, pdf/],
    [['build', 'does-not-exist.yaml'], /"does-not-exist\.yaml" bestaat niet/],
    [['check'], /^privnote: "inputs" ontbreekt: geef het op/],
    [['frobnicate'], /^privnote: onbekend commando "frobnicate": kies build, check/],
  ])('wrong usage %j: exit 2 with a one-line reason', async (args, message) => {
    const { code, stderr } = await privnote(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('--version and --help, from the real executable', async () => {
    const version = await spawnCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = await spawnCli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--out-dir');
    expect(help.stdout).toContain('Voorbeelden:');
  });

  test('without a Chromium, PDF output fails with exit 2 and says how to install one; HTML needs none', async () => {
    const out = tempDir();
    const env = { PATH: '/nonexistent', HOME: out, PRIVNOTE_CHROMIUM: undefined, PUPPETEER_EXECUTABLE_PATH: undefined };
    const pdf = await runCli(['build', 'test/fixtures/minimal.yaml', '-o', out, '-f', 'pdf'], { env });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/geen Chromium gevonden voor de PDF: installeer het \(Debian\/Ubuntu: `sudo apt-get install chromium`\)/);
    expect((await runCli(['build', 'test/fixtures/minimal.yaml', '-o', out, '-f', 'html'], { env })).code).toBe(0);
  });

  test('PRIVNOTE_CHROMIUM that is not an executable is named in the error', async () => {
    const { code, stderr } = await runCli(['build', 'test/fixtures/minimal.yaml', '-o', tempDir(), '-f', 'pdf'], { env: { PRIVNOTE_CHROMIUM: '/nonexistent/chrome' } });
    expect(code).toBe(2);
    expect(stderr).toBe('privnote: PRIVNOTE_CHROMIUM=/nonexistent/chrome is geen uitvoerbaar bestand: wijs naar het programma van Chrome of Chromium, of laat de variabele weg\n');
  });

  test('no output directory is created for a run that only fails', async () => {
    const out = join(tempDir(), 'never');
    expect((await privnote('build', 'test/fixtures/unknown-key.yaml', '-o', out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('drafts: placeholders or a missing date left', () => {
  /** The minimal notice with a placeholder left in its title, beside one that is complete. */
  const drafts = () => {
    const dir = tempDir();
    copyFileSync('test/fixtures/minimal.yaml', join(dir, 'klaar.yaml'));
    writeFileSync(join(dir, 'ontwerp.yaml'), readFileSync('test/fixtures/minimal.yaml', 'utf8').replace('title: Privacyverklaring Testgemeente', 'title: Privacyverklaring [naam gemeente]'));
    return dir;
  };

  test('build writes a draft marked ONTWERP at the top of the HTML and the Markdown; a complete notice has no mark', async () => {
    const out = tempDir();
    const { code, stderr } = await privnote('build', drafts(), '-o', out, '-f', 'html,md');
    expect(code).toBe(0);
    expect(stderr).toMatch(/ontwerp\.yaml:1:26 {2}warning {2}placeholder-text/);
    const html = readFileSync(join(out, 'ontwerp.html'), 'utf8');
    expect(html).toMatch(/<body>\n<header class="doc-header title-block">\n<p class="draft-mark" role="note"><strong>ONTWERP<\/strong>/);
    expect(readFileSync(join(out, 'ontwerp.md'), 'utf8').split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(/^<!-- gemaakt met privnote/), '', '**ONTWERP**: deze tekst is nog niet definitief.', '',
    ]);
    expect(readFileSync(join(out, 'klaar.html'), 'utf8')).not.toContain('class="draft-mark"');
    expect(readFileSync(join(out, 'klaar.md'), 'utf8')).not.toContain('ONTWERP');
  });

  test('a version label without its date makes a draft too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.yaml'), `version: { label: Laatst bijgewerkt }\n${readFileSync('test/fixtures/minimal.yaml', 'utf8')}`);
    const { code } = await privnote('build', dir, '-o', join(dir, 'out'), '-f', 'md');
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'notice.md'), 'utf8')).toContain('**ONTWERP**');
  });

  test('build --final refuses a draft, naming its findings, and still builds the complete notice', async () => {
    const out = tempDir();
    const { code, stderr } = await privnote('build', drafts(), '-o', out, '-f', 'html,md', '--final');
    expect(code).toBe(1);
    expect(stderr).toMatch(/ontwerp\.yaml {2}error {2}draft {2}--final: dit document is nog een ontwerp \(placeholder-text r\. 1\)/);
    expect(readdirSync(out).sort()).toEqual(['klaar.html', 'klaar.md']);
  });

  test('the PDF of a draft carries ONTWERP on every page', async () => {
    const out = tempDir();
    expect((await privnote('build', 'examples/groep-intro.yaml', '-o', out, '-f', 'pdf', '-q')).code).toBe(0);
    // pdf.js reads the mark as one text item, rotated as it is printed (pdftotext would spell it out letter by letter).
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, 'groep-intro.pdf'))) }).promise;
    expect(pdf.numPages).toBeGreaterThan(2);
    for (let number = 1; number <= pdf.numPages; number++) {
      const { items } = await (await pdf.getPage(number)).getTextContent();
      expect(items.map((item) => ('str' in item ? item.str : '')), `page ${number}`).toContain('ONTWERP');
    }
  });
});

describe('build cache and --check', () => {
  test('a rebuild with nothing changed is served from the cache; a changed source is rebuilt', async () => {
    const dir = tempDir();
    copyFileSync('test/fixtures/minimal.yaml', join(dir, 'notice.yaml'));
    // Outside a project (no node_modules above the output folder) the cache lives in the user's cache folder.
    const cacheHome = tempDir();
    const run = async (...args: string[]) =>
      (await runCli(['build', join(dir, 'notice.yaml'), '-o', join(dir, 'out'), '-f', 'html,md', ...args], { env: { XDG_CACHE_HOME: cacheHome } })).stdout;
    expect(await run()).toMatch(/^1 gebouwd, 0 al actueel \(cache\), 0 mislukt in [\d.]+ s$/m);
    expect(readdirSync(join(cacheHome, 'privnote'))).toEqual([expect.stringMatching(/^outputs-[0-9a-f]{16}\.json$/)]);
    expect(existsSync(join(dir, '.privnote-cache'))).toBe(false);
    expect(await run()).toMatch(/^0 gebouwd, 1 al actueel \(cache\)/m);
    writeFileSync(join(dir, 'notice.yaml'), readFileSync(join(dir, 'notice.yaml'), 'utf8').replace('Testgemeente', 'Nieuwgemeente'));
    expect(await run()).toMatch(/^1 gebouwd, 0 al actueel/m);
    expect(await run('--no-cache')).toMatch(/^1 gebouwd, 0 al actueel/m);
    writeFileSync(join(dir, 'out', 'notice.md'), 'handmatig gewijzigd\n');
    expect(await run()).toMatch(/^1 gebouwd, 0 al actueel/m);
    // What an output depends on beyond the source: SOURCE_DATE_EPOCH (the date of a PDF), the config.
    expect((await runCli(['build', join(dir, 'notice.yaml'), '-o', join(dir, 'out'), '-f', 'html,md'], { env: { XDG_CACHE_HOME: cacheHome, SOURCE_DATE_EPOCH: '1700000000' } })).stdout).toMatch(/^1 gebouwd/m);
    writeFileSync(join(dir, 'privnote.config.yaml'), 'rules:\n  phone-number: off\n');
    expect(await run()).toMatch(/^1 gebouwd, 0 al actueel/m);
    expect(await run()).toMatch(/^0 gebouwd, 1 al actueel/m);
  });

  test('--check writes nothing and fails on missing or outdated outputs', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    copyFileSync('test/fixtures/minimal.yaml', join(dir, 'notice.yaml'));
    const missing = await privnote('build', dir, '-o', out, '-f', 'html,md', '--check');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(`ontbreekt: ${join(out, 'notice.html')}`);
    expect(existsSync(out)).toBe(false);
    await privnote('build', dir, '-o', out, '-f', 'html,md');
    expect((await privnote('build', dir, '-o', out, '-f', 'html,md', '--check')).code).toBe(0);
    writeFileSync(join(out, 'notice.md'), 'handmatig gewijzigd\n');
    const stale = await privnote('build', dir, '-o', out, '-f', 'html,md', '--check');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`niet actueel: ${join(out, 'notice.md')}`);
    expect(readFileSync(join(out, 'notice.md'), 'utf8')).toBe('handmatig gewijzigd\n');
  });
});

describe('privnote init', () => {
  test.each(['public', 'nonprofit', 'company'])('--org %s: a notice that passes check with only fill-in warnings', async (org) => {
    const dir = tempDir();
    const notice = join(dir, 'privacyverklaring.yaml');
    expect((await privnote('init', notice, '--org', org)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.github', 'privacyverklaring.yaml', 'privnote.config.yaml']);
    const check = await privnote('check', dir);
    expect(check.code).toBe(0);
    const warnings = check.stderr.split('\n').filter((line) => / {2}warning {2}/.test(line));
    expect(warnings.length).toBeGreaterThan(5);
    // Only what is left to fill in: placeholders, and the one question a placeholder cannot ask (a yes/no per source).
    for (const line of warnings) expect(line).toMatch(/placeholder-text {2}sjabloonstuk "\[|data-origin {2}komen de gegevens/);
    // The scaffold asks, it does not answer: no transfers, automated decisions or retention are filled in for the author.
    const scaffold = readFileSync(notice, 'utf8');
    expect(scaffold).not.toMatch(/^ *none: true|We nemen geen|We bewaren/m);
    expect(scaffold).toMatch(/automatedDecisions: >-\n {4}\[Neemt u/);
    expect((await privnote('init', notice, '--org', org)).code).toBe(2);
  });

  test('--kind protocol', async () => {
    const protocol = join(tempDir(), 'protocol.yaml');
    expect((await privnote('init', protocol, '--kind', 'protocol')).code).toBe(0);
    const check = await privnote('check', protocol);
    expect(check.code).toBe(0);
    expect(check.stderr).not.toMatch(/ {2}error {2}/);
  });
});

test('a large batch is built by worker threads, with the same outputs as one by one', async () => {
  const dir = tempDir();
  for (let i = 0; i < 60; i++) copyFileSync('test/fixtures/minimal.yaml', join(dir, `notice-${String(i).padStart(2, '0')}.yaml`));
  const out = join(dir, 'out');
  const { code, stdout } = await privnote('build', dir, '-o', out, '-f', 'html,md', '--no-cache', '-q');
  expect(code).toBe(0);
  expect(stdout).toBe('');
  expect(readdirSync(out)).toHaveLength(120);
  const single = join(dir, 'single');
  mkdirSync(single);
  copyFileSync(join(dir, 'notice-42.yaml'), join(single, 'notice-42.yaml'));
  await privnote('build', single, '-o', join(single, 'out'), '-f', 'html,md', '--no-cache');
  for (const name of ['notice-42.html', 'notice-42.md']) expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(single, 'out', name), 'utf8'));
});
