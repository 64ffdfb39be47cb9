import { expect, test } from 'vitest';
import { scores } from './measure.js';

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)} %`);

test('precision and recall of the recognisers on the examples and the reference notices', () => {
  const all = scores();
  for (const s of all) {
    console.log(`${s.name.padEnd(38)} precision ${pct(s.correct, s.found).padStart(5)} (${s.correct}/${s.found})  recall ${pct(s.recalled, s.expected).padStart(5)} (${s.recalled}/${s.expected})`);
    for (const w of s.wrong) console.log(`    not in the document: ${w.kind} ${w.value.slice(0, 100)}`);
    if (process.env.MISSED) for (const m of s.missed) console.log(`    missed: ${m.kind} ${m.value.slice(0, 80)}`);
  }
  const sum = (f: (s: (typeof all)[number]) => number) => all.reduce((n, s) => n + f(s), 0);
  console.log(`total precision ${pct(sum((s) => s.correct), sum((s) => s.found))}, recall ${pct(sum((s) => s.recalled), sum((s) => s.expected))}`);
  const kinds = [...new Set(all.flatMap((s) => Object.keys(s.byKind)))];
  for (const kind of kinds) {
    const k = (i: number) => all.reduce((n, s) => n + (s.byKind[kind]?.[i] ?? 0), 0);
    console.log(`  ${kind.padEnd(12)} precision ${pct(k(0), k(1)).padStart(5)} (${k(0)}/${k(1)})  recall ${pct(k(2), k(3)).padStart(5)} (${k(2)}/${k(3)})`);
  }
  // Precision matters more than recall: a wrong fact in a legal document is worse than free text.
  expect(sum((s) => s.correct) / sum((s) => s.found)).toBeGreaterThanOrEqual(0.98);
  expect(sum((s) => s.recalled) / sum((s) => s.expected)).toBeGreaterThanOrEqual(0.6);
});
