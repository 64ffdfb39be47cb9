import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { classifySections } from '../../src/import/sections.js';
import { recognise } from '../../src/import/recognise/index.js';
import { referenceOutline, seedOutline } from './outlines.js';

test.skipIf(!process.env.DUMP)('dump', () => {
  const name = process.env.DUMP!;
  const outline = name.startsWith('n:') ? referenceOutline(readFileSync(`test/notices/${name.slice(2)}/reference.txt`, 'utf8')) : seedOutline(readFileSync(`test/seeds/${name}.txt`, 'utf8'));
  const sections = classifySections(outline);
  for (const [i, key] of sections) console.log('H', outline.blocks[i]!.line, JSON.stringify((outline.blocks[i] as { text: string }).text), '→', key);
  for (const r of recognise(outline, sections)) console.log('R', r.line, r.path.join('.'), JSON.stringify(r.value).slice(0, 200), '|', r.what.slice(0, 100), r.consumed);
});
