import type { Section } from './input.js';

/** A numbering that numbers: `cijfers` 1, 2, 3; `letters` a, b, c; `romeins` i, ii, iii. */
export type Scheme = Exclude<NonNullable<Section['numbering']>, 'geen'>;

/**
 * The scheme a list or its headings are numbered with: the author's `numbering`, else `cijfers` for the older
 * `numbered: true`; `geen` and nothing give none.
 */
export const schemeOf = (numbering: Section['numbering'], numbered?: boolean): Scheme | undefined =>
  numbering === 'geen' ? undefined : (numbering ?? (numbered ? 'cijfers' : undefined));

/** Letters for 1 … 26, then aa, ab, … (bijective base 26, as spreadsheet columns). */
function letters(n: number): string {
  let text = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) text = String.fromCharCode(97 + ((k - 1) % 26)) + text;
  return text;
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
function roman(n: number): string {
  let text = '';
  let rest = n;
  for (const [value, digits] of ROMAN) for (; rest >= value; rest -= value) text += digits;
  return text;
}

/**
 * The `n`-th number (1-based) of a scheme, as the templates print it before a point: a number for `cijfers` (a
 * Markdown ordered list), a lower-case letter or roman numeral otherwise.
 */
export const ordinal = (n: number, scheme: Scheme): number | string => (scheme === 'cijfers' ? n : scheme === 'letters' ? letters(n) : roman(n));
