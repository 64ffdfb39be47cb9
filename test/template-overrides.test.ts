import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { check } from '../src/check.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { tempDir } from './cli-helpers.js';
import { htmlText } from './helpers.js';

const MINIMAL = readFileSync('test/fixtures/minimal.yaml', 'utf8').replace(/^title: /m, 'version: { date: 2024-03-01 }\ntitle: ');

/** A project folder: a notice, a config naming `sjablonen/`, and the given files (paths relative to the folder). */
function project(files: Record<string, string>, dir = tempDir('privnote-huisstijl-'), notice = 'notice.yaml'): string {
  const all = { [notice]: MINIMAL, 'privnote.config.yaml': 'templates: ./sjablonen\n', ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const VERSION_HTML = '<p class="huis">Huisstijl {{date.text}}</p>\n';
const VERSION_MD = 'Huisstijl {{esc date.text}}\n';

const shown = (diagnostics: Diagnostic[], dir: string) =>
  diagnostics.map((d) => `${d.file.replace(`${dir}/`, '')}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('a project\'s own templates (privnote.config.yaml templates:)', () => {
  test('a partial replaces the built-in one of its name, in HTML and Markdown; the CSS comes after the built-in style sheet', async () => {
    const dir = project({
      'sjablonen/html/partials/version.hbs': VERSION_HTML,
      'sjablonen/md/partials/version.hbs': VERSION_MD,
      'sjablonen/html/style.css': '.huis { color: #6b1d4f }\n',
    });
    const out = join(dir, 'out');
    const result = await build([join(dir, 'notice.yaml')], { outDir: out, formats: ['html', 'md'], cache: false });
    expect(result.diagnostics).toEqual([]);
    const html = readFileSync(join(out, 'notice.html'), 'utf8');
    expect(html).toContain('<p class="huis">Huisstijl 1 maart 2024</p>');
    expect(html).not.toContain('<p class="version">');
    // After the built-in style sheet, so the same selector wins.
    expect(html.indexOf('.huis { color: #6b1d4f }')).toBeGreaterThan(html.indexOf('.toc'));
    expect(html.indexOf('.huis { color: #6b1d4f }')).toBeLessThan(html.indexOf('</style>'));
    const markdown = readFileSync(join(out, 'notice.md'), 'utf8');
    expect(markdown).toMatch(/^Huisstijl 1 maart 2024$/m);
    expect(markdown).not.toMatch(/^Versie van 1 maart 2024$/m);
    // Every other partial is the built-in one.
    expect(htmlText(html)).toContain('Wie is verantwoordelijk voor je persoonsgegevens?');
  });

  test('different projects in one run each get their own templates; one that does not compile stops only its own documents', async () => {
    const root = tempDir('privnote-projects-');
    const good = project({ 'sjablonen/html/partials/version.hbs': '<p>Project A</p>\n' }, join(root, 'a'), 'a.yaml');
    const plain = project({ 'privnote.config.yaml': 'rules: {}\n' }, join(root, 'b'), 'b.yaml');
    const broken = project({ 'sjablonen/html/partials/version.hbs': '<p class="version">\n  Versie {{date.text}\n</p>\n' }, join(root, 'c'), 'c.yaml');
    const out = join(root, 'out');
    const result = await build([good, plain, broken], { outDir: out, formats: ['html'], cache: false });
    expect(shown(result.diagnostics, root)).toEqual([
      'c/c.yaml:0:0 error render-error HTML kon niet gemaakt worden (sjabloon ' +
        `${broken}/sjablonen/html/partials/version.hbs:2:21): onverwacht een teken dat hier niet kan: verwacht een van }}}}, }}, }}}, (, .`,
      'c/sjablonen/html/partials/version.hbs:2:21 error template-syntax onverwacht een teken dat hier niet kan: verwacht een van }}}}, }}, }}}, (, .',
    ]);
    expect(result.skipped).toEqual([join(broken, 'c.yaml')]);
    // The two other projects are built, each with its own templates.
    expect(readdirSync(out).sort()).toEqual(['a.html', 'b.html']);
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toContain('<p>Project A</p>');
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toContain('<p class="version">Versie van');
    expect(readFileSync(join(out, 'b.html'), 'utf8')).not.toContain('Project A');
  });

  test('problems of a template folder are diagnostics at their place, with suggestions', async () => {
    const dir = project({
      'sjablonen/html/partials/rigths.hbs': '<p>Rechten</p>\n',
      'sjablonen/html/partials/version.hbs': '<p>\n  {{#if date}}{{date.text}}{{/each}}\n</p>\n',
      'sjablonen/html/privacyverklaring.hbs': '<html></html>\n',
      'sjablonen/md/partials/version.md': 'Huisstijl\n',
      'sjablonen/md/partials/version.hbs': VERSION_MD,
      'sjablonen/html/style.css': 'p { color: red }\n</style><script>alert(1)</script>\n',
    });
    const { diagnostics } = await check([join(dir, 'notice.yaml')]);
    expect(shown(diagnostics, dir)).toEqual([
      'sjablonen/html/partials/rigths.hbs:1:1 error unknown-partial geen ingebouwd partial "rigths" in html/partials; bedoelde je "rights.hbs"?',
      'sjablonen/html/partials/version.hbs:2:6 error template-syntax {{/each}} sluit {{#if}} niet af: schrijf {{/if}}',
      'sjablonen/html/privacyverklaring.hbs:1:1 error unknown-partial enkel partials kunnen vervangen worden: zet het in html/partials/ (aside.hbs, block.example.hbs, block.heading.hbs, …)',
      'sjablonen/html/style.css:2:1 error template-syntax "</style" beëindigt het stijlblad in de pagina: laat het weg',
      'sjablonen/md/partials/version.md:1:1 warning unknown-partial wordt niet gebruikt: een partial heet <naam>.hbs; bedoelde je "version.hbs"?',
    ]);
  });

  test('a folder that is not there, or holds nothing privnote reads, is a diagnostic at templates: in the config', async () => {
    const missing = project({ 'privnote.config.yaml': 'rules: {}\ntemplates: ./huisstijl\n' });
    const empty = project({ 'privnote.config.yaml': 'templates: ./sjablonen\n', 'sjablonen/leesmij.txt': 'x\n' });
    const wrong = project({ 'privnote.config.yaml': 'templates: [a, b]\n' });
    const found = async (dir: string) =>
      (await check([join(dir, 'notice.yaml')])).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message.replace(dir, '…')}`);
    expect(await found(missing)).toEqual(['2:12 error config map "./huisstijl" niet gevonden naast dit bestand (…/huisstijl): kijk het pad na, of maak de map']);
    expect(await found(empty)).toEqual(['1:12 warning config …/sjablonen bevat geen html/partials/*.hbs, md/partials/*.hbs of html/style.css: zet er sjablonen in, of laat `templates` weg']);
    expect(await found(wrong)).toEqual(['1:12 error config verwacht het pad van een map met eigen sjablonen, relatief aan dit bestand (bv. ./huisstijl)']);
  });

  test('a field the model lacks, used by a partial of the project, is a render-error naming that partial and its line', async () => {
    const dir = project({
      'sjablonen/html/partials/version.hbs': '<p class="huis">\n  {{date.text}}, {{date.weekday}}\n</p>\n',
      'sjablonen/md/partials/version.hbs': 'Huisstijl\n\n{{esc date.text}} {{esc date.weekday}}\n',
    });
    for (const format of ['html', 'md'] as const) {
      const result = await build([join(dir, 'notice.yaml')], { outDir: join(dir, 'out'), formats: [format], cache: false });
      expect(shown(result.diagnostics, dir)).toEqual([
        format === 'html'
          ? `notice.yaml:0:0 error render-error HTML kon niet gemaakt worden (sjabloon ${dir}/sjablonen/html/partials/version.hbs:2:20): ` +
            'het model heeft geen "weekday": een veld dat kan ontbreken, bewaak je met {{#if}}'
          : `notice.yaml:0:0 error render-error MD kon niet gemaakt worden (sjabloon ${dir}/sjablonen/md/partials/version.hbs:3): ` +
            '{{esc …}} kreeg geen waarde (regel 3): bewaak een veld dat kan ontbreken met {{#if}}',
      ]);
    }
    expect(readdirSync(dir)).not.toContain('out');
  });

  test('the project\'s templates are part of the build cache key: an edited partial makes the outputs stale', async () => {
    const dir = project({ 'sjablonen/md/partials/version.hbs': VERSION_MD });
    const options = { outDir: join(dir, 'out'), formats: ['md'] as const, cache: join(dir, 'cache') };
    expect((await build([join(dir, 'notice.yaml')], options)).written).toHaveLength(1);
    expect((await build([join(dir, 'notice.yaml')], options)).cached).toHaveLength(1);
    writeFileSync(join(dir, 'sjablonen/md/partials/version.hbs'), 'Nieuwe huisstijl {{esc date.text}}\n');
    const again = await build([join(dir, 'notice.yaml')], options);
    expect(again.cached).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'notice.md'), 'utf8')).toMatch(/^Nieuwe huisstijl 1 maart 2024$/m);
    // A new file in the folder counts too.
    writeFileSync(join(dir, 'sjablonen/md/partials/examples.hbs'), '');
    expect((await build([join(dir, 'notice.yaml')], options)).cached).toEqual([]);
  });
});
