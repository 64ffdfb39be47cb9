// Where the time of one notice goes: each stage of the pipeline timed on its own, in one thread, warm (after a first
// round), over the examples. Usage: node bench/stages.mjs [rounds]  → one line per stage, in ms per notice.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const lib = (path) => import(join(root, 'dist', 'src', path));
const { load } = await lib('load/load.js');
const { validate } = await lib('validate/validate.js');
const { runRules } = await lib('rules/run.js');
const { buildModel } = await lib('model/index.js');
const { withProjectTexts } = await lib('model/texts.js');
const { configFor } = await lib('config/config.js');
const { loadRenders } = await lib('process.js');
const { writeAtomic } = await lib('write/write.js');

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml');
const sources = examples.map((f) => ({ file: join(root, 'examples', f), text: readFileSync(join(root, 'examples', f), 'utf8') }));
const { config } = configFor(sources[0].file);
const renders = await loadRenders(['html', 'md']);
const out = mkdtempSync(join(tmpdir(), 'privnote-stages-'));

const stages = { parse: 0, validate: 0, rules: 0, model: 0, html: 0, md: 0, write: 0 };
const timed = (stage, run) => {
  const started = performance.now();
  const value = run();
  stages[stage] += performance.now() - started;
  return value;
};

/** One notice through every stage, each timed. */
function once({ file, text }, index) {
  const loaded = timed('parse', () => load(text, file));
  timed('validate', () => validate(loaded.data, loaded.sourceMap, file));
  const document = withProjectTexts(loaded.data, config.texts);
  timed('rules', () => runRules(document, loaded.sourceMap, file, config));
  const model = timed('model', () => buildModel(document, () => {}));
  model.trace = { privnote: 'bench', source: 'sha256:bench' };
  const html = timed('html', () => renders.get('html')(model, {}));
  const md = timed('md', () => renders.get('md')(model, {}));
  timed('write', () => {
    writeAtomic(join(out, `${index}.html`), html);
    writeAtomic(join(out, `${index}.md`), md);
  });
}

const rounds = Number(process.argv[2]) || 20;
sources.forEach(once); // warm-up: the first round compiles templates and JITs the code
for (const stage of Object.keys(stages)) stages[stage] = 0;
for (let round = 0; round < rounds; round++) sources.forEach((source, i) => once(source, round * sources.length + i));
rmSync(out, { recursive: true, force: true });

const notices = rounds * sources.length;
const perNotice = Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, ms / notices]));
const total = Object.values(perNotice).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ notices, total, perNotice }));
