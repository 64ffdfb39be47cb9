import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { printedDiagnostics, runCli, spawnCli, uncoloured, type Run } from '../cli-helpers.js';

import { MINIMAL, WITH_WARNING, isRoot, timings, workspace, expectClean, of, expectOnly, mkfifo } from './shared.js';

describe('reading and decoding: positioned diagnostics, the other documents still built', () => {
  test.each([
    ['a NUL byte', Buffer.from(MINIMAL.replace('title: Privacy', 'title: Privacy\0')), 'control-character', { line: 1, column: 15 }, /U\+0000 \(NUL\)/],
    [
      'a Latin-1 file (é as 0xE9)',
      Buffer.from(MINIMAL.replace('Marktplein', 'Marktpléin'), 'latin1'),
      'encoding',
      { line: 5, column: MINIMAL.split('\n')[4]!.indexOf('Marktplein') + 8 },
      /ongeldige UTF-8: byte 0xE9 \("é" in Latin-1\)/,
    ],
    ['a UTF-16 file with its byte order mark', Buffer.from(`\ufeff${MINIMAL}`, 'utf16le'), 'encoding', { line: 1, column: 1 }, /UTF-16/],
    ['a UTF-16 file without a byte order mark', Buffer.from(MINIMAL, 'utf16le').swap16(), 'encoding', { line: 1, column: 1 }, /UTF-16/],
    ['an overlong UTF-8 sequence', Buffer.concat([Buffer.from('title: '), Buffer.from([0xc0, 0xaf]), Buffer.from(MINIMAL.slice(MINIMAL.indexOf('\n')))]), 'encoding', { line: 1, column: 8 }, /byte 0xC0/],
    ['an empty file', Buffer.alloc(0), 'yaml-not-mapping', { line: 1, column: 1 }, /^het bestand is leeg: een verklaring heeft minstens een titel \(title\)/],
    ['a file of 20 MB', Buffer.alloc(20 * 1024 * 1024, 'a'), 'read-error', { line: 0, column: 0 }, /te groot \(20 MB; een verklaring is hoogstens 16 MB\)/],
  ])('%s', async (_, content, ruleId, where, message) => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'bad.yaml': content });
    const run = await ws.build([ws.path('good.yaml'), ws.path('bad.yaml')]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('bad.yaml'), ruleId, where).message).toMatch(message);
    expect(of(run, ws.path('good.yaml'))).toEqual([]);
    expect(ws.built('good')).toBe(true);
    expect(ws.built('bad')).toBe(false);
    expectClean(run);
  });

  test('control characters U+0001, U+001B, U+007F and U+0085, each at its line and column', async () => {
    const lines = MINIMAL.trimEnd().split('\n');
    const text = [lines[0]!.replace('Privacy', 'Pri\u0001vacy'), ...lines.slice(1), '# een \u001b[2J', '#\u007f', '# \u0085', ''].join('\n');
    const ws = workspace({ 'good.yaml': MINIMAL, 'bad.yaml': text });
    const run = await ws.build([ws.path('good.yaml'), ws.path('bad.yaml')]);
    expect(run.code).toBe(1);
    const n = lines.length;
    expect(of(run, ws.path('bad.yaml')).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message.split(' ')[1]}`)).toEqual([
      '1:11 control-character U+0001',
      `${n + 1}:7 control-character U+001B`,
      `${n + 2}:2 control-character U+007F`,
      `${n + 3}:3 control-character U+0085`,
    ]);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test.each([
    ['CRLF line ends', MINIMAL.replace(/\n/g, '\r\n')],
    ['a UTF-8 byte order mark', `\ufeff${MINIMAL}`],
  ])('%s: fine', async (_, text) => {
    const ws = workspace({ 'notice.yaml': text });
    const run = await ws.build([ws.path('notice.yaml')]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(ws.out, 'notice.html'), 'utf8')).toContain('<h1>Privacyverklaring Testgemeente</h1>');
    expectClean(run);
  });

  test('a FIFO given as input is reported, not opened for reading (which would wait forever)', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    mkfifo(ws.path('pipe.yaml'));
    const run = await spawnCli(['build', ws.path('pipe.yaml'), ws.path('good.yaml'), '-o', ws.out, '-f', 'html,md'], { env: ws.env, timeout: 20_000 });
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('pipe.yaml'), 'read-error').message).toMatch(/een named pipe \(FIFO\), geen YAML-bestand/);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test('in a folder, only regular files are read: a FIFO, a folder named x.yaml, a dangling link, a link to /dev/zero are reported by name', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    mkfifo(ws.path('pipe.yaml'));
    mkdirSync(ws.path('x.yaml'));
    symlinkSync(ws.path('nowhere.yaml'), ws.path('dangling.yaml'));
    symlinkSync('/dev/zero', ws.path('zero.yaml'));
    const run = await spawnCli(['build', ws.dir, '-o', ws.out, '-f', 'html,md'], { env: ws.env, timeout: 20_000 });
    expect(run.code).toBe(0);
    const skipped = printedDiagnostics(run.stderr).map((d) => `${d.file.slice(ws.dir.length + 1)} ${d.severity} ${d.ruleId} ${d.message}`);
    expect(skipped).toEqual([
      'dangling.yaml warning input-skipped overgeslagen: een link naar niets, geen bestand; verwijder of hernoem het als het geen verklaring is',
      'pipe.yaml warning input-skipped overgeslagen: een named pipe (FIFO), geen bestand; verwijder of hernoem het als het geen verklaring is',
      'x.yaml warning input-skipped overgeslagen: een map, geen bestand; verwijder of hernoem het als het geen verklaring is',
      'zero.yaml warning input-skipped overgeslagen: een apparaat, geen bestand; verwijder of hernoem het als het geen verklaring is',
    ]);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test.each([
    ['a dangling link', (ws: ReturnType<typeof workspace>) => symlinkSync(ws.path('nowhere.yaml'), ws.path('bad.yaml')), /bestand niet gevonden \(of een link naar niets\)/],
    ['a link to /dev/zero', (ws: ReturnType<typeof workspace>) => symlinkSync('/dev/zero', ws.path('bad.yaml')), /een apparaat, geen YAML-bestand/],
  ])('%s given as input: a read-error of that file', async (_, make, message) => {
    const ws = workspace({ 'good.yaml': MINIMAL });
    make(ws);
    const run = await ws.build([ws.path('bad.yaml'), ws.path('good.yaml')]);
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('bad.yaml'), 'read-error').message).toMatch(message);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test('a directory given to render: a read-error of it, exit 1', async () => {
    const ws = workspace();
    const run = await runCli(['render', ws.dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(expectOnly(run, ws.dir, 'read-error').message).toMatch(/^dit is een map, geen YAML-bestand/);
    expectClean(run);
  });

  test(`an unreadable file and an unreadable folder (chmod 000)${isRoot ? ': root reads anything, so privnote runs as user nobody' : ''}`, async () => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'secret.yaml': MINIMAL });
    chmodSync(ws.path('secret.yaml'), 0o000);
    mkdirSync(ws.path('closed'));
    writeFileSync(ws.path('closed/notice.yaml'), MINIMAL);
    chmodSync(ws.path('closed'), 0o000);
    const args = [ws.path('secret.yaml'), ws.path('closed'), ws.path('good.yaml'), '-o', ws.out, '-f', 'html,md'];
    let run: Run;
    if (isRoot) {
      chmodSync(ws.dir, 0o777); // the folder is root's: nobody writes the outputs and the cache in it
      run = await spawnCli(['build', ...args], { env: { ...ws.env, HOME: ws.dir }, uid: 65534, gid: 65534, timeout: 20_000 });
    } else {
      run = await ws.build(args);
    }
    expect(run.code).toBe(1);
    expect(expectOnly(run, ws.path('secret.yaml'), 'read-error').message).toBe('geen toelating om het te lezen');
    expect(expectOnly(run, ws.path('closed'), 'read-error').message).toBe('de map kan niet gelezen worden: geen toelating om het te lezen');
    expect(ws.built('good')).toBe(true);
    expectClean(run);
    chmodSync(ws.path('closed'), 0o755); // so that it can be removed
  });
});


describe('hostile YAML', () => {
  test('an alias bomb', async () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(10).fill(i === 1 ? '*a' : `*a${i - 1}`).join(', ')}]\n`;
    const ws = workspace({ 'good.yaml': MINIMAL, 'bomb.yaml': text });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(1);
    expectOnly(run, ws.path('bomb.yaml'), 'yaml-alias', { line: 1, column: 1 });
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test.each([
    ['[ 10 000 times, unclosed', `title: ${'['.repeat(10_000)}\n`, { line: 1, column: 1008 }],
    ['[ 10 000 times, closed', `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, { line: 1, column: 1008 }],
    ['[ a million times (the parser would run out of memory)', `title: ${'['.repeat(1_000_000)}\n`, { line: 1, column: 1008 }],
    ['- a million times on one line', `title:\n  ${'- '.repeat(1_000_000)}x\n`, { line: 2, column: 2003 }],
  ])('nesting: %s', async (_, text, where) => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'deep.yaml': text });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(1);
    expectOnly(run, ws.path('deep.yaml'), 'yaml-depth', where);
    expect(ws.built('good')).toBe(true);
    expectClean(run);
  });

  test('a key holding a newline and terminal escapes cannot forge a diagnostic or clear the screen, in any reporter', async () => {
    const key = 'a\nprivnote.yaml:1:1  error  forged\u001b[2J\u009b2J\u007f';
    const text = `${MINIMAL}"a\\nprivnote.yaml:1:1  error  forged\\e[2J\\x9b2J\\x7f": 1\n`; // YAML escapes: the file itself is clean
    const ws = workspace({ 'bad.yaml': text });
    for (const tty of [false, true]) {
      const pretty = await ws.check([ws.path('bad.yaml')], { tty });
      expect(pretty.code, pretty.stderr).toBe(1);
      expect(printedDiagnostics(pretty.stderr).map((d) => [d.file, d.ruleId])).toEqual([[ws.path('bad.yaml'), 'schema-unknown-key']]);
      expect(pretty.stderr).toContain('onbekend veld "a\\nprivnote.yaml:1:1  error  forged\\u001b[2J\\u009b2J\\u007f"');
      expect(uncoloured(pretty.stderr)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    const json = await ws.check([ws.path('bad.yaml'), '--reporter', 'json']);
    const message = JSON.parse(json.stdout).files[0].diagnostics[0].message as string;
    expect(message.startsWith(`onbekend veld "${key}" op het hoogste niveau: toegelaten zijn title `), message).toBe(true);
    const github = await ws.check([ws.path('bad.yaml'), '--reporter', 'github']);
    expect(github.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(github.stdout).toMatch(/^::error file=.*,line=\d+,col=\d+,title=privnote schema-unknown-key::onbekend veld "a\\nprivnote\.yaml:1:1 {2}error {2}forged\\u001b\[2J\\u009b2J\\u007f" op het hoogste niveau: toegelaten zijn [^\n]*\n$/);
    for (const run of [json, github]) expectClean(run);
  });

  test('a file name with a newline and escapes is shown escaped, in diagnostics and in what was written', async () => {
    const ws = workspace({ 'good.yaml': MINIMAL, 'evil\n\u001b[2J.yaml': WITH_WARNING });
    const run = await ws.build([ws.dir]);
    expect(run.code).toBe(0);
    expect(printedDiagnostics(run.stderr).map((d) => `${d.file} ${d.ruleId}`)).toEqual([`${join(ws.dir, 'evil\\n\\u001b[2J.yaml')} placeholder-text`]);
    expect(run.stdout).toContain(`geschreven: ${join(ws.out, 'evil\\n\\u001b[2J.html')}\n`);
    expect(ws.built('good') && ws.built('evil\n\u001b[2J')).toBe(true);
    expectClean(run);
  });
});


describe('scans over user text are linear', () => {
  const MB = 1024 * 1024;
  /** Every free-text field of a notice, each holding `word`. */
  const everyField = (word: string) => `title: ${word}
subtitle: ${word}
controller:
  entities:
    - name: ${word}
      address:
        street: ${word}
        postalCode: "3000"
        city: ${word}
      email: privacy@testgemeente.be
data:
  categories:
    - name: ${word}
  obligation: ${word}
sources:
  from:
    - ${word}
purposes:
  items:
    - name: ${word}
      basis:
        - basis: wettelijke-verplichting
recipients:
  items:
    - ${word}
  transfers:
    none: true
retention:
  text: ${word}
rights:
  automatedDecisions: ${word}
complaints:
  authorities:
    - authority: gba
`;
  // Each word is one the old scans retried from every position: e-mail (no @), [ without ], ]( without ), <a: without >.
  const words: [string, string][] = [
    ['letters, dots, plus and minus (e-mail)', 'a.b+c-d_e'],
    ['[ without ] (placeholder)', '['],
    [']( without ) (link)', ']('],
    ['](< without > (link)', '](<'],
    ['<a: without > (autolink)', '<a:'],
  ];

  test.each(words)('a 1 MB word in every free-text field: check takes under a second: %s', async (name, unit) => {
    const word = `x${unit.repeat(Math.ceil(MB / unit.length))}`.slice(0, MB - 1) + 'z'; // a plain scalar: not ending in ":"
    const ws = workspace({ 'huge.yaml': everyField(word) });
    // CPU time of this process, not wall time: the other test files running beside it do not count.
    const started = process.cpuUsage();
    const run = await ws.check([ws.path('huge.yaml')]);
    const { user, system } = process.cpuUsage(started);
    const seconds = (user + system) / 1e6;
    timings.push(`check, 1 MB word in 12 fields (${name}): ${seconds.toFixed(2)} s of CPU`);
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    expect(seconds).toBeLessThan(1);
    expectClean(run);
  });

  test('a 1 MB word in every free-text field: build (HTML and Markdown) works, and its time is reported', async () => {
    const word = `x${'a.b+c-d_e'.repeat(MB / 8)}`.slice(0, MB);
    const ws = workspace({ 'huge.yaml': everyField(word) });
    const started = performance.now();
    const run = await ws.build([ws.path('huge.yaml')]);
    timings.push(`build html,md, 1 MB word in 12 fields: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(run.code).toBe(0);
    expect(ws.built('huge')).toBe(true);
    expectClean(run);
  });

  test('5 000 purposes, 10 000 findings with code frames in a terminal', async () => {
    const items = (line: (i: number) => string) =>
      MINIMAL.replace('    - name: Dienstverlening aan burgers\n      basis: [{ basis: wettelijke-verplichting, law: Decreet lokaal bestuur van 22 december 2017 }]\n', Array.from({ length: 5000 }, (_, i) => `    - name: ${line(i)}\n      basis: [{ basis: wettelijke-verplichting, law: Decreet lokaal bestuur }]\n`).join(''));
    const ws = workspace({ 'clean.yaml': items((i) => `Doel ${i}, mail naar info${i}@example.be`), 'findings.yaml': items((i) => `Doel ${i} [datum] x@y`) });
    const started = performance.now();
    const clean = await ws.check([ws.path('clean.yaml')]);
    timings.push(`check, 5 000 purposes: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    expectClean(clean);
    const cpu = process.cpuUsage(); // CPU time of this process: the test files running beside it do not count
    const run = await ws.check([ws.path('findings.yaml')], { tty: true });
    const { user, system } = process.cpuUsage(cpu);
    const seconds = (user + system) / 1e6;
    timings.push(`check, 5 000 purposes with 10 000 findings and code frames: ${seconds.toFixed(2)} s`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('5000 fouten, 5000 waarschuwingen in 1 bestand');
    expect(uncoloured(run.stderr).match(/^> \d+ \| {5}- name: Doel \d+ \[datum\] x@y$/gm)).toHaveLength(10_000);
    expect(seconds).toBeLessThan(4); // a code frame split its whole source again for each finding: 8 s
  });
});


test('protocol recitals past Z are lettered AA, AB, …', async () => {
  const protocol = parse(readFileSync('examples/protocol-opgroeien-ocmw-leopoldsburg.yaml', 'utf8')) as { recitals: string[] };
  protocol.recitals = Array.from({ length: 30 }, (_, i) => `Overweging ${i + 1}.`);
  const ws = workspace({ 'protocol.yaml': stringify(protocol) });
  const run = await runCli(['render', ws.path('protocol.yaml')]);
  expect(run.code).toBe(0);
  const letters = [...run.stdout.matchAll(/^([A-Z[\\\]^_`]+)\. Overweging (\d+)\.$/gm)].map((m) => m[1]);
  expect(letters).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AA', 'AB', 'AC', 'AD']);
  expectClean(run);
});


test('diff --since=--output=PATH is refused: a revision cannot be an option to git', async () => {
  const ws = workspace({ 'n.yaml': MINIMAL });
  const run = await runCli(['diff', ws.path('n.yaml'), `--since=--output=${ws.path('written')}`]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`privnote: --since: een revisie begint niet met "-", wel "--output=${ws.path('written')}": geef een commit, tak of tag (bv. --since main)\n`);
  expect(existsSync(ws.path('written'))).toBe(false);
});

