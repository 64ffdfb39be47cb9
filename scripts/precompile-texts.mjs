// Makes the standard texts (templates/texts/nl-BE.yaml) into dist/generated/texts.cjs at `npm run build`, with the
// hash of the file: src/model/texts.ts uses them while the file is unchanged, and parses the YAML otherwise.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { standardTexts } from '../dist/src/model/texts.js';

const text = readFileSync('templates/texts/nl-BE.yaml', 'utf8');
const hash = createHash('sha256').update(text).digest('hex');
mkdirSync('dist/generated', { recursive: true });
// JSON.parse of one string is faster to load than the same object as a literal.
const json = JSON.stringify(JSON.stringify(standardTexts(text)));
writeFileSync('dist/generated/texts.cjs', `module.exports = { hash: ${JSON.stringify(hash)}, texts: JSON.parse(${json}) };\n`);
