// privnote's benchmark: privnote side by side with the floor and the alternatives, in one run on one machine.
// Usage: npm run bench [-- --quick]   → prints a table and writes bench/results.json (medians of repeated runs).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { exampleHistory } from './history.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'privnote.js');
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 7;
const work = mkdtempSync(join(tmpdir(), 'privnote-bench-'));
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml');

/** Runs a command once: wall time in ms and peak RSS in MB (GNU time). */
function timed(command, args, options = {}) {
  const started = process.hrtime.bigint();
  // The diagnostics of a large batch run to megabytes: spawnSync's default 1 MB buffer would kill the build.
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const rss = Number(result.stderr.trim().split('\n').at(-1)) / 1024;
  return { ms, rss };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function measure(command, args, options = {}, times = runs, before = () => {}) {
  const samples = Array.from({ length: times }, () => {
    before();
    return timed(command, args, options);
  });
  return { ms: median(samples.map((s) => s.ms)), rss: Math.max(...samples.map((s) => s.rss)) };
}

const exampleTexts = new Map(examples.map((example) => [example, readFileSync(join(root, 'examples', example), 'utf8')]));
/** `count` notices: the five examples, each copy under its own name and with its own title (no two notices alike). */
function corpus(count) {
  const dir = join(work, `corpus-${count}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'examples', 'privnote.config.yaml'), join(dir, 'privnote.config.yaml'));
  for (let i = 0; i < count; i++) {
    const example = examples[i % examples.length];
    const text = exampleTexts.get(example).replace(/^title: (.*)$/m, (_, title) => `title: ${title} (${i})`);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${example}`), text);
  }
  return dir;
}
/** Each build writes into an empty folder: replacing last run's outputs costs what the file system charges for it. */
const emptied = (dir) => () => rmSync(dir, { recursive: true, force: true });

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].map((c) => spawnSync('which', [c], { encoding: 'utf8' }).stdout.trim()).find(Boolean);
const rows = [];
const row = (what, value, unit, note = '') => {
  rows.push({ what, value: Math.round(value * 100) / 100, unit, note });
  console.error(`  ${what}: ${value.toFixed(unit === 'x' || value < 10 ? 2 : 0)} ${unit} ${note}`);
};

console.error(`privnote benchmark (${cpus().length} cores, node ${process.version}, ${runs} runs per measure)`);

// The floor: a Node process that only imports what the HTML/Markdown path needs.
const floor = measure(process.execPath, [join(root, 'bench', 'floor.mjs')], { cwd: root });
row('floor: node importing commander, yaml, ajv, handlebars, markdown-it', floor.ms, 'ms');

const examplesOut = join(work, 'examples-out');
const htmlMd = measure(process.execPath, [bin, 'build', 'examples', '-f', 'html,md', '-o', examplesOut, '--no-cache', '-q'], { cwd: root });
row('privnote build examples -f html,md (cold process)', htmlMd.ms, 'ms');
row('  ratio to the floor (target ≤ 1.5)', htmlMd.ms / floor.ms, 'x');

// Where one notice's time goes, stage by stage (bench/stages.mjs: one thread, warm); the run of median total of five.
{
  const stageRuns = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [join(root, 'bench', 'stages.mjs')], { encoding: 'utf8' })));
  const { total, perNotice } = stageRuns.sort((a, b) => a.total - b.total)[2];
  row('one notice, every stage in one thread (warm)', total, 'ms');
  for (const [stage, ms] of Object.entries(perNotice)) row(`  ${stage}`, ms, 'ms', `(${Math.round((100 * ms) / total)} %)`);
}

const scale = {};
for (const count of quick ? [10, 100] : [10, 100, 1000, 10000]) {
  const dir = corpus(count);
  const out = join(work, `out-${count}`);
  const result = measure(process.execPath, [bin, 'build', dir, '-f', 'html,md', '-o', out, '--no-cache', '-q'], { cwd: work }, count >= 1000 ? 3 : runs, emptied(out));
  rmSync(out, { recursive: true, force: true });
  if (count >= 1000) rmSync(dir, { recursive: true, force: true });
  scale[count] = result;
  row(`${count} notices to HTML+Markdown, one process`, result.ms, 'ms', `(${(result.ms / count).toFixed(2)} ms per notice, peak RSS ${result.rss.toFixed(0)} MB)`);
}
// Large notices in a batch that uses the worker pool: 60 of about 660 KB (the OCMW statement, its purposes repeated).
// This once ran the workers out of memory; now a worker that cannot finish hands its document to the main thread.
{
  const notice = parse(readFileSync(join(root, 'examples', 'ocmw-leuven.yaml'), 'utf8'));
  const base = notice.purposes.items;
  notice.purposes.items = Array.from({ length: 125 }, (_, round) => base.map((p) => ({ ...p, name: `${p.name} (${round + 1})` }))).flat();
  const text = stringify(notice, { lineWidth: 0 });
  const dir = join(work, 'large');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'examples', 'privnote.config.yaml'), join(dir, 'privnote.config.yaml'));
  for (let i = 0; i < 60; i++) writeFileSync(join(dir, `large-${String(i).padStart(2, '0')}.yaml`), text);
  const large = measure(process.execPath, [bin, 'build', dir, '-f', 'html,md', '-o', join(work, 'out-large'), '--no-cache', '-q'], { cwd: work }, 1);
  row(`60 notices of ${Math.round(text.length / 1024)} KB to HTML+Markdown (worker pool)`, large.ms, 'ms', `(peak RSS ${large.rss.toFixed(0)} MB)`);
}
// Growth: ten times the notices should take at most ten times as long (less, as start-up is paid once).
const counts = Object.keys(scale).map(Number);
for (let i = 1; i < counts.length; i++) {
  if (counts[i] >= 1000) row(`  growth ${counts[i - 1]} → ${counts[i]} notices: time ratio (10 = linear)`, scale[counts[i]].ms / scale[counts[i - 1]].ms, 'x');
}

// 40 PDFs: privnote (one browser, pages reused) vs one Chromium per document vs md-to-pdf.
const pdfCount = quick ? 10 : 40;
const pdfDir = corpus(pdfCount);
const pdfOut = join(work, 'pdf-out');
const privnotePdf = measure(process.execPath, [bin, 'build', pdfDir, '-o', pdfOut, '--no-cache', '-q'], { cwd: work }, 3);
row(`${pdfCount} notices to HTML+Markdown+PDF with privnote`, privnotePdf.ms, 'ms');
if (chromium) {
  const htmls = readdirSync(pdfOut).filter((f) => f.endsWith('.html'));
  const perDoc = measure('/bin/sh', ['-c', htmls.map((f) => `${chromium} --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=${join(work, 'cpd.pdf')} file://${join(pdfOut, f)} 2>/dev/null`).join(' && ')], {}, 1);
  row(`${pdfCount} PDFs with one Chromium process per document (privnote's HTML)`, perDoc.ms, 'ms');
  row('  privnote speed-up (target ≥ 5)', perDoc.ms / privnotePdf.ms, 'x');
  const mdDir = join(work, 'md');
  rmSync(mdDir, { recursive: true, force: true });
  mkdirSync(mdDir);
  for (const f of readdirSync(pdfOut).filter((x) => x.endsWith('.md'))) copyFileSync(join(pdfOut, f), join(mdDir, f));
  const mdToPdf = join(root, 'node_modules', '.bin', 'md-to-pdf');
  // md-to-pdf given all 40 files at once runs them concurrently and times out here; one call per file is how it
  // is used in a loop or a Makefile.
  const launch = JSON.stringify({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  const calls = readdirSync(mdDir).map((f) => `${mdToPdf} --launch-options '${launch}' ${join(mdDir, f)} >/dev/null`).join(' && ');
  const md = measure('/bin/sh', ['-c', calls], { cwd: mdDir }, 1);
  row(`${pdfCount} PDFs with md-to-pdf, one call per file (privnote's Markdown, same Chromium)`, md.ms, 'ms');
  row('  privnote speed-up (target ≥ 3)', md.ms / privnotePdf.ms, 'x');
}

// A rebuild with nothing changed: the cache answers, no browser starts.
const cacheDir = join(work, 'cached');
mkdirSync(cacheDir, { recursive: true });
execFileSync(process.execPath, [bin, 'build', join(root, 'examples'), '-o', 'out', '-q'], { cwd: cacheDir, stdio: 'ignore' });
const nochange = measure(process.execPath, [bin, 'build', join(root, 'examples'), '-o', 'out', '-q'], { cwd: cacheDir });
row('no-change rebuild of all examples with PDF (cache)', nochange.ms, 'ms');
row('  ratio to the floor (target ≤ 1.2)', nochange.ms / floor.ms, 'x');
for (const count of [1000, 10000]) if (scale[count]) row(`peak RSS, ${count.toLocaleString('en')} notices (target ≤ 200 MB)`, scale[count].rss, 'MB');

// privnote as a git textconv: one `render`, and `git log -p` over a history of one notice, against `cat`.
const render = measure(process.execPath, [bin, 'render', join(root, 'examples', 'groep-intro.yaml')], { cwd: root });
row('render one notice to Markdown (cold process)', render.ms, 'ms');
row('  ratio to the floor (target ≤ 1.3)', render.ms / floor.ms, 'x');
const revisions = quick ? 10 : 50;
const history = exampleHistory(join(work, 'history'), root, revisions);
const logWith = (textconv) => measure('git', ['-C', history, '-c', `diff.privnote.textconv=${textconv}`, 'log', '-p'], {}, quick ? 1 : 3);
const withCat = logWith('cat');
const withPrivnote = logWith(`${process.execPath} ${bin} render`);
row(`git log -p over ${revisions} revisions, textconv cat`, withCat.ms, 'ms');
row(`git log -p over ${revisions} revisions, textconv privnote render`, withPrivnote.ms, 'ms');
row('  ratio to cat (target ≤ 100)', withPrivnote.ms / withCat.ms, 'x');

const results = { date: new Date().toISOString(), node: process.version, cores: availableParallelism(), runs, rows };
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('| measure | value |\n| --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.value} ${r.unit} ${r.note} |`);
rmSync(work, { recursive: true, force: true });
