import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { runCli, STACK_TRACE, tempDir } from './cli-helpers.js';

const SOURCE = 'test/import/sources/zwembad.html';

describe('privnote import', () => {
  test('writes a YAML document without schema errors, prints what it recognised and what stayed free text, then checks it', async () => {
    const dir = tempDir();
    const out = join(dir, 'zwembad.yaml');
    const run = await runCli(['import', SOURCE, '-o', out]);
    expect(run.code).toBeLessThan(2);
    const yaml = readFileSync(out, 'utf8');
    expect(compileDocument({ file: out, text: yaml }, { rules: false }).model).toBeDefined();
    expect(run.stdout).toContain(`${out} geschreven`);
    expect(run.stdout).toMatch(/Eigen secties: .*camerabewaking/);
    expect(run.stdout).toMatch(/Camerabewaking: 1 blok vrije tekst/);
    // check's findings on the result: the controller's name is a placeholder until the author fills it in.
    expect(run.stderr).toContain('placeholder-text');
  });
  test('writes next to the source by default, and in English with --lang en', async () => {
    const dir = tempDir();
    const source = join(dir, 'beleid.md');
    writeFileSync(source, '# Privacybeleid\n\nWe verwerken je naam.\n');
    const run = await runCli(['import', source, '--lang', 'en']);
    expect(existsSync(join(dir, 'beleid.yaml'))).toBe(true);
    expect(run.stdout).toContain(`wrote ${join(dir, 'beleid.yaml')}`);
  });
  test('never overwrites a file without --force', async () => {
    const dir = tempDir();
    const out = join(dir, 'notice.yaml');
    writeFileSync(out, 'title: mijn werk\n');
    const refused = await runCli(['import', SOURCE, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${out} bestaat al: kies een ander bestand met -o, of overschrijf het met --force`);
    expect(readFileSync(out, 'utf8')).toBe('title: mijn werk\n');
    const forced = await runCli(['import', SOURCE, '-o', out, '--force']);
    expect(forced.code).toBeLessThan(2);
    expect(readFileSync(out, 'utf8')).toContain('Zwembad De Golf');
  });
  test('--report writes the source and the rendered notice side by side, in one self-contained page', async () => {
    const dir = tempDir();
    const report = join(dir, 'naast-elkaar.html');
    const run = await runCli(['import', SOURCE, '-o', join(dir, 'n.yaml'), '--report', report]);
    expect(run.stdout).toContain(`${report} geschreven`);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<iframe');
    expect(html).toContain('srcdoc="&lt;!DOCTYPE html&gt;');
    expect(html).toContain('Pictogrammen aan de deur melden dat.');
    expect(html).not.toMatch(/<(link|script)\b|src="http/);
  });
  test('a file of another kind, or one that cannot be read, is a usage error', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'notice.pdf');
    copyFileSync(SOURCE, pdf);
    const wrong = await runCli(['import', pdf, '-o', join(dir, 'a.yaml')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('privnote import leest dit soort bestand niet: geef een bestand met een van deze extensies: .docx, .html, .htm, .md');
    const missing = await runCli(['import', join(dir, 'weg.html'), '-o', join(dir, 'b.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('kan niet gelezen worden');
    expect(existsSync(join(dir, 'b.yaml'))).toBe(false);
  });

  test.each([
    ['a renamed file that is no Word document', 'oud.docx', (path: string) => writeFileSync(path, 'geen zip'), 'is geen Word-document dat privnote kan lezen: bewaar het in Word als .docx'],
    ['a file that does not exist', 'weg.md', () => {}, 'kan niet gelezen worden (bestand niet gevonden'],
    ['a folder', 'map.md', (path: string) => mkdirSync(path), 'kan niet gelezen worden (een map)'],
    ['a named pipe, which would block', 'pijp.txt', (path: string) => execFileSync('mkfifo', [path]), 'kan niet gelezen worden (een named pipe'],
    ['an empty file', 'leeg.txt', (path: string) => writeFileSync(path, '\n\n'), 'bevat geen tekst'],
    ['a PDF', 'verklaring.pdf', (path: string) => writeFileSync(path, '%PDF-1.7'), 'leest dit soort bestand niet'],
    ['a text saved as Latin-1', 'oud.txt', (path: string) => writeFileSync(path, Buffer.from('Privacyverklaring\n\nWij verwerken je gegevens voor de dienstverlening.\nCaf\xe9 De Zon\n', 'latin1')), 'oud.txt:4:4: ongeldige UTF-8: byte 0xE9 ("é" in Latin-1); bewaar het bestand als UTF-8'],
    ['an HTML page saved as UTF-16', 'oud.html', (path: string) => writeFileSync(path, Buffer.from('\ufeff<p>Privacy</p>', 'utf16le')), 'het bestand is UTF-16: bewaar het als UTF-8'],
  ])('%s: a usage error that says what to do, no output, no stack trace', async (_, name, make, expected) => {
    const dir = tempDir();
    const source = join(dir, name);
    make(source);
    const run = await runCli(['import', source, '-o', join(dir, 'uit.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/interne fout|ENOENT|EISDIR|zip file/);
    expect(existsSync(join(dir, 'uit.yaml'))).toBe(false);
  });
});
