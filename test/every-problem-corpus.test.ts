import { expect, test } from 'vitest';
import { measure, validDocuments } from './broken-corpus.js';

/**
 * Every example and rule fixture, broken one field at a time (every 20th node, in each wrong way: a number for a
 * text, a text for a list, a typo, an unknown key, an empty mapping): the rules still run on the rest,
 * never crash, and never report a finding the valid document does not have outside the broken part.
 */
test('a broken field changes only the findings about it', () => {
  const outcome = measure(validDocuments(), 20);
  expect(outcome.broken).toBeGreaterThan(500);
  expect(outcome.falseAlarms).toEqual([]);
  expect(outcome.moved.length).toBeLessThan(outcome.broken / 100);
  // A rule whose conclusion rests on the broken part (a right on the legal bases, say) is skipped; the rest stays.
  expect(outcome.lost.length / (outcome.kept + outcome.lost.length)).toBeLessThan(0.1);
}, 120_000);
