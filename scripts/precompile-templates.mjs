// Precompiles the Handlebars templates into dist/generated/templates.cjs at `npm run build`, with a hash of their
// sources, options and Handlebars version: src/render/templates.ts uses them while all three are unchanged, and compiles the sources otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { precompiledKey, templateOptions, templateSources } from '../dist/src/render/templates.js';

const formats = {};
for (const format of ['html', 'md']) {
  const sources = templateSources(format);
  const specs = (kind) =>
    `{${Object.entries(sources[kind]).map(([name, text]) => `${JSON.stringify(name)}: ${Handlebars.precompile(text, templateOptions(format))}`).join(',\n')}}`;
  formats[format] = `{ hash: ${JSON.stringify(precompiledKey(format, sources))}, partials: ${specs('partials')}, entries: ${specs('entries')} }`;
}
mkdirSync('dist/generated', { recursive: true });
writeFileSync('dist/generated/templates.cjs', `module.exports = {\n${Object.entries(formats).map(([f, v]) => `${f}: ${v}`).join(',\n')}\n};\n`);
