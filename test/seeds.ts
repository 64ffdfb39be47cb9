import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The published documents the examples reproduce (test/seeds/<example>.txt, text extracted from the PDF or web page,
 * line breaks and bullets as the extraction left them). The measures that compare a rendering with them are in
 * test/order-measure.ts, shared with the reference notices of test/notices/.
 */
export const seeded = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml')
  .map((f) => basename(f, '.yaml'))
  .filter((name) => existsSync(`test/seeds/${name}.txt`))
  .sort();

export const seedText = (name: string): string => readFileSync(`test/seeds/${name}.txt`, 'utf8');
