// Precompiles the JSON Schema into a standalone validator (dist/generated/validate-notice.cjs) at `npm run build`,
// so no run pays for compiling the schema. src/validate/validate.ts falls back to compiling it when this is missing
// or was made from another version of the schema.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { privnoteVocabulary } from '../dist/src/validate/vocabulary.js';

const require = createRequire(import.meta.url);
const { _ } = require('ajv');
const text = readFileSync('schemas/privacy-notice.schema.json', 'utf8');
const schema = JSON.parse(text);
const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
addFormats.default(ajv);
ajv.addVocabulary(privnoteVocabulary);
const code = standaloneCode.default(ajv, ajv.compile(schema));
mkdirSync('dist/generated', { recursive: true });
// The hash of the schema it was made from: src/validate/validate.ts uses it only while the schema is unchanged.
const schemaHash = createHash('sha256').update(text).digest('hex');
writeFileSync('dist/generated/validate-notice.cjs', `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash)};\n`);
