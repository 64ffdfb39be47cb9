import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import type { Diagnostic } from '../src/diagnostics.js';

/**
 * The legal probe corpus (test/legal/README.md): small notices, each probing one legal edge, with the findings the
 * law requires written in their header:
 *
 *   # probe: <article> — <the edge>
 *   # expect: <rule-id> <error|warning|info>     (one line per expected finding)   or   # expect: nothing
 *   # why: <the legal reasoning>
 *
 * Each file is checked in-process as `privnote check` does, with the default configuration (every rule at its default
 * severity). Every diagnostic counts, schema and YAML errors included: a probe that does not validate fails visibly.
 * Findings are compared as a multiset of `rule-id severity`: a false alarm is found but not expected, a miss is
 * expected but not found. The test fails on any mismatch and lists them all at once.
 */

const DIR = join(import.meta.dirname, 'legal');
const SEVERITIES = new Set(['error', 'warning', 'info']);

interface Probe {
  file: string;
  probe: string;
  expected: string[];
  why: string;
  headerProblems: string[];
}

function parseProbe(file: string, text: string): Probe {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    header.push(line);
  }
  const field = (name: string) => header.filter((line) => line.startsWith(`# ${name}:`)).map((line) => line.slice(name.length + 3).trim());
  const problems: string[] = [];
  const probe = field('probe');
  const why = field('why');
  const expects = field('expect');
  if (probe.length !== 1 || !probe[0]) problems.push('needs exactly one "# probe:" line');
  if (why.length === 0 || !why[0]) problems.push('needs a "# why:" line');
  if (expects.length === 0) problems.push('needs "# expect:" lines (or "# expect: nothing")');
  if (expects.includes('nothing') && expects.length > 1) problems.push('"# expect: nothing" stands alone');
  const expected = expects.filter((e) => e !== 'nothing');
  for (const e of expected) {
    const [id, severity, ...rest] = e.split(/\s+/);
    if (!id || !severity || rest.length || !SEVERITIES.has(severity)) problems.push(`"# expect: ${e}" is not "<rule-id> <error|warning|info>"`);
  }
  return { file, probe: probe[0] ?? '', expected, why: why.join(' '), headerProblems: problems };
}

const key = (d: Diagnostic) => `${d.ruleId} ${d.severity}`;

/** The elements of `a` whose id is not in `b`, counting duplicates (a multiset difference). */
function minus<T>(a: T[], id: (x: T) => string, b: string[]): T[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(id(x)) ?? 0;
    if (n === 0) return true;
    left.set(id(x), n - 1);
    return false;
  });
}

interface ProbeResult {
  probe: Probe;
  found: Diagnostic[];
  falseAlarms: Diagnostic[];
  misses: string[];
  schemaInvalid: boolean;
}

function runProbe(file: string): ProbeResult {
  const text = readFileSync(join(DIR, file), 'utf8');
  const probe = parseProbe(file, text);
  const found = compileDocument({ file: `test/legal/${file}`, text }).diagnostics;
  return {
    probe,
    found,
    falseAlarms: minus(found, key, probe.expected),
    misses: minus(probe.expected, (e) => e, found.map(key)),
    schemaInvalid: found.some((d) => d.ruleId.startsWith('schema-') || d.ruleId.startsWith('yaml-')),
  };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('legal probe corpus (test/legal)', () => {
  test('has at least 48 probes', () => {
    expect(files.length).toBeGreaterThanOrEqual(48);
  });

  test('every probe has a well-formed header', () => {
    const problems = files.flatMap((file) => parseProbe(file, readFileSync(join(DIR, file), 'utf8')).headerProblems.map((p) => `${file}: ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('check finds exactly what the law requires: no false alarm, no miss', () => {
    const results = files.map(runProbe);
    const wrong = results.filter((r) => r.falseAlarms.length || r.misses.length);
    const falseAlarms = results.reduce((n, r) => n + r.falseAlarms.length, 0);
    const misses = results.reduce((n, r) => n + r.misses.length, 0);
    const schemaInvalid = results.filter((r) => r.schemaInvalid).length;
    const summary =
      `legal probes: ${results.length} probes, ${results.length - wrong.length} right, ` +
      `${falseAlarms} false alarms, ${misses} misses (${schemaInvalid} probes do not validate)`;
    const report = wrong.map((r) =>
      [
        `${r.probe.file} — ${r.probe.probe}`,
        ...r.falseAlarms.map((d) => `  false alarm: ${key(d)} (line ${d.line}: ${d.message})`),
        ...r.misses.map((m) => `  miss: ${m}`),
      ].join('\n'),
    );
    console.log(summary);
    expect(wrong.length, [...report, summary].join('\n')).toBe(0);
  });
});
