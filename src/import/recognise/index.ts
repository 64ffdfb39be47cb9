import type { Outline } from '../outline.js';

export interface Recognised {
  /** Where the value goes in the privnote document, e.g. ['controller','entities',0,'kbo'] or ['purposes','items']. */
  path: (string | number)[];
  value: unknown;
  /** The source line it was recognised on, and what was recognised, in Dutch (for the YAML comment and the summary). */
  line: number;
  what: string;
  /** Outline block indexes this value says in full: the writer places the value there (`{ part: … }` in the section's
   *  `blocks`) instead of the blocks' text. Empty when the text must stay (the fact is only extracted from it). */
  consumed: number[];
}

/** Stand-in until import-facts delivers the recognisers: nothing is recognised. */
export function recognise(outline: Outline, sections: Map<number, string | undefined>): Recognised[] {
  void outline;
  void sections;
  return [];
}
