import { readOutline } from './read/index.js';
import type { Outline } from './outline.js';
import { recognise } from './recognise/index.js';
import { classifySections } from './sections.js';
import { writeNotice, type Written } from './write.js';

export interface Imported extends Written {
  outline: Outline;
}

/** An outline as a privnote document: its sections classified, its facts recognised, the YAML written. */
export function importOutline(outline: Outline): Imported {
  const sections = classifySections(outline);
  return { outline, ...writeNotice(outline, sections, recognise(outline, sections)) };
}

/** A notice an organisation publishes (.docx, .html/.htm, .md, .txt) as a privnote document. */
export async function importFile(file: string): Promise<Imported> {
  return importOutline(await readOutline(file));
}
