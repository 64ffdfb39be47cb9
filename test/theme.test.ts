import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { parseConfig } from '../src/config/config.js';
import { contrastWithWhite } from '../src/config/theme.js';
import { ruleIds } from '../src/rules/index.js';
import { tempDir } from './cli-helpers.js';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b5d3b"/></svg>\n';
const NOTICE = `title: Privacyverklaring
version: { date: 2024-03-01 }
controller: { entities: [{ name: Testgemeente }] }
rights:
  exercise: { text: Mail ons. }
`;
const RULES_OFF = `rules:\n${ruleIds.map((id) => `  ${id}: off`).join('\n')}\n`;

/** A project folder: a notice, a config with every rule off and `config` after it, and the files given. */
function project(config: string, files: Record<string, string> = {}, notice = NOTICE): string {
  const dir = tempDir('privnote-theme-');
  writeFileSync(join(dir, 'notice.yaml'), notice);
  writeFileSync(join(dir, 'privnote.config.yaml'), `${RULES_OFF}${config}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const html = async (dir: string) => {
  const result = await build([join(dir, 'notice.yaml')], { outDir: join(dir, 'out'), formats: ['html'], cache: false });
  return { result, html: result.written.length ? readFileSync(join(dir, 'out', 'notice.html'), 'utf8') : '' };
};

describe('a theme in privnote.config.yaml', () => {
  test('embeds the logo as a data: URI in the title block, and sets the accent colour and the font', async () => {
    const dir = project('theme: { logo: ./beeld/logo.svg, accent: "#0b5d3b", font: DejaVu Serif }\n', { 'beeld/logo.svg': LOGO });
    const { result, html: page } = await html(dir);
    expect(result.diagnostics).toEqual([]);
    const logo = `data:image/svg+xml;base64,${Buffer.from(LOGO).toString('base64')}`.replaceAll('=', '&#x3D;');
    expect(page).toMatch(new RegExp(`<header class="doc-header title-block">\\n+<img class="logo" src="${logo.replace(/[+/]/g, '\\$&')}" alt="">\\n<p class="organisation">Testgemeente</p>\\n<h1>`));
    expect(page).toContain(':root { --font: "DejaVu Serif"; }\n@media print, not (prefers-color-scheme: dark) { :root { --accent: #0b5d3b; } }');
    expect(page).not.toMatch(/src="https?:/);
  });

  test('without one, a notice keeps the default look: no logo, no theme rules', async () => {
    const { result, html: page } = await html(project(''));
    expect(result.diagnostics).toEqual([]);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('/* theme */');
    expect(page).toContain('<p class="organisation">Testgemeente</p>');
  });

  test('a missing logo, a web address, a pale colour and a font that is not installed are positioned diagnostics', () => {
    const text = 'theme:\n  logo: ./weg.svg\n  accent: "#ffcc00"\n  font: Comic Nope\n';
    const { diagnostics } = parseConfig(text, join(tempDir(), 'privnote.config.yaml'));
    expect(diagnostics.map(({ line, column, severity, message }) => ({ line, column, severity, message: message.split(' (')[0] }))).toEqual([
      { line: 2, column: 9, severity: 'error', message: 'logo "./weg.svg" kan niet gelezen worden: bestand niet gevonden' },
      { line: 3, column: 11, severity: 'error', message: '#ffcc00 heeft te weinig contrast met wit' },
      { line: 4, column: 9, severity: 'warning', message: 'lettertype "Comic Nope" is hier niet geïnstalleerd' },
    ]);
    // A folder where the logo should be is said to be one (it was "kan het bestand niet lezen (kind.folder)").
    const folder = tempDir();
    mkdirSync(join(folder, 'logo.svg'));
    expect(parseConfig('theme: { logo: logo.svg }\n', join(folder, 'privnote.config.yaml')).diagnostics).toMatchObject([{ message: expect.stringMatching(/^logo "logo.svg" kan niet gelezen worden: een map \(/) }]);
    const web = parseConfig('theme: { logo: "https://example.org/logo.svg" }\n', 'privnote.config.yaml').diagnostics;
    expect(web).toMatchObject([{ line: 1, column: 16, severity: 'error', message: expect.stringContaining('geen lokaal bestand') }]);
    expect(parseConfig('theme: { colour: red }\n', 'privnote.config.yaml').diagnostics).toMatchObject([{ line: 1, column: 10, message: expect.stringContaining('onbekende instelling "colour"') }]);
  });

  test('a missing logo is an error of the config file, as a missing template folder is; the notices print without one', async () => {
    const { result, html: page } = await html(project('theme: { logo: ./weg.svg }\n'));
    // The config's first lines switch the rules off (RULES_OFF); the theme comes after them.
    expect(result.diagnostics).toMatchObject([{ file: expect.stringMatching(/privnote\.config\.yaml$/), line: ruleIds.length + 2, column: 16, severity: 'error' }]);
    expect(page).not.toContain('<img');
  });

  test('the logo is part of the build cache key: a new logo makes the outputs stale', async () => {
    const dir = project('theme: { logo: ./logo.svg }\n', { 'logo.svg': LOGO });
    const options = { outDir: join(dir, 'out'), formats: ['html'] as const, cache: join(dir, 'cache') };
    expect((await build([join(dir, 'notice.yaml')], options)).written).toHaveLength(1);
    expect((await build([join(dir, 'notice.yaml')], options)).cached).toHaveLength(1);
    writeFileSync(join(dir, 'logo.svg'), LOGO.replace('#0b5d3b', '#5d0b3b'));
    expect((await build([join(dir, 'notice.yaml')], options)).cached).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'notice.html'), 'utf8')).toContain(Buffer.from(LOGO.replace('#0b5d3b', '#5d0b3b')).toString('base64').slice(0, 40));
  });
});

describe('a document\'s own theme (style.theme)', () => {
  test('goes over the project\'s colour and keeps its logo', async () => {
    const dir = project('theme: { logo: ./logo.svg, accent: "#0b5d3b" }\n', { 'logo.svg': LOGO }, `${NOTICE}style: { theme: { accent: "#7a1f5c" } }\n`);
    const { result, html: page } = await html(dir);
    expect(result.diagnostics).toEqual([]);
    expect(page).toContain('{ :root { --accent: #7a1f5c; } }');
    expect(page).toContain('<img class="logo" src="data:image/svg+xml;base64,');
  });

  test('is checked where it is written: a logo belongs in the project, a pale colour is refused', async () => {
    const { result } = await html(project('', {}, `${NOTICE}style:\n  theme: { accent: "#eeeeee" }\n`));
    expect(result.diagnostics).toMatchObject([{ file: expect.stringMatching(/notice\.yaml$/), line: 7, column: 20, severity: 'error', ruleId: 'theme' }]);
    const logo = await html(project('', {}, `${NOTICE}style:\n  theme: { logo: ./logo.svg }\n`));
    expect(logo.result.diagnostics).toMatchObject([{ line: 7, severity: 'error', message: expect.stringContaining('logo') }]);
  });
});

test('contrast with white follows WCAG 2.1', () => {
  expect(contrastWithWhite('#000000')).toBeCloseTo(21, 1);
  expect(contrastWithWhite('#fff')).toBeCloseTo(1, 5);
  expect(contrastWithWhite('#1f4e79')).toBeGreaterThan(4.5); // privnote's own accent
});
