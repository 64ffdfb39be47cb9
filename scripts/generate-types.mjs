// Generates src/generated/notice.ts — the TypeScript types of a notice as written in YAML — from the JSON Schema,
// so the schema stays the one description of the notice's shape. Run by `npm run build` and `npm run typecheck`;
// the output is not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const schema = JSON.parse(readFileSync('schemas/privacy-notice.schema.json', 'utf8'));

/** Annotations only document the schema; without them json2ts names types after definitions, not labels. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'default', 'patternProperties']);
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-privnote-')) continue;
    // Under `properties` the keys are field names (a field may be called `title`), not keywords.
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)])) : strip(value);
  }
  // `{ $ref: textList, type: array, items: { title } }` only names the items: without the title it is the reference.
  if (out.$ref && out.type === 'array' && out.items && Object.keys(out.items).length === 0) return { $ref: out.$ref };
  return out;
}

const pascal = (name) => name[0].toUpperCase() + name.slice(1);
// `date` would shadow the global Date.
const typeName = (name) => (name === 'date' ? 'IsoDate' : pascal(name));
const defs = Object.fromEntries(Object.entries(strip(schema.$defs)).map(([name, def]) => [name, { ...def, title: typeName(name) }]));
// The top level chooses statement or protocol with if/then/else, which json2ts does not read: say it as a union.
const root = { $defs: defs, anyOf: [{ $ref: '#/$defs/statement' }, { $ref: '#/$defs/protocol' }] };

const ts = await compile(root, 'Document', {
  bannerComment: '/* Generated from schemas/privacy-notice.schema.json by scripts/generate-types.mjs: do not edit. */',
  additionalProperties: false,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: true,
  unreachableDefinitions: true,
  format: false,
});
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/notice.ts', ts);

// The sections of a privacy statement, in their standard order: its properties that share the section fields.
const isSection = (property) => (property.allOf ?? []).some((part) => part.$ref === '#/$defs/section');
const sections = Object.entries(schema.$defs.statement.properties)
  .filter(([, property]) => isSection(property))
  .map(([name]) => name);

/**
 * The parts of a section that `blocks` can place (`{ part: exercise }`), read from the schema: the section's own
 * `summary` and `text`, its own properties (not those that only change the look, not the key of an own section, not
 * those printed with another property), the parts it prints besides them (`x-privnote-parts`), its `closing` and
 * `examples`. `partOf` says which property a left-out one is printed with.
 */
function partsOf(def) {
  const own = Object.entries(def.properties ?? {}).filter(
    ([name, property]) => !property['x-privnote-presentation'] && !property['x-privnote-part-of'] && name !== def['x-privnote-key'],
  );
  const partOf = Object.fromEntries(
    Object.entries(def.properties ?? {}).filter(([, property]) => property['x-privnote-part-of']).map(([name, property]) => [name, property['x-privnote-part-of']]),
  );
  return { parts: ['summary', 'text', ...own.map(([name]) => name), ...(def['x-privnote-parts'] ?? []), 'closing', 'examples'], partOf };
}
const parts = Object.fromEntries(sections.map((id) => [id, partsOf(schema.$defs.statement.properties[id])]));
parts.extra = partsOf(schema.$defs.statement.properties.extraSections.items);
writeFileSync(
  'src/generated/sections.ts',
  `/* Generated from schemas/privacy-notice.schema.json by scripts/generate-types.mjs: do not edit. */
/** The sections of a privacy statement, in their standard order (the order of the schema). */
export const SECTION_IDS = ${JSON.stringify(sections)} as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * What \`blocks\` can place in each section (\`extra\`: an own section of \`extraSections\`), in the order of the schema,
 * and the properties that are printed with another one (\`fromIntro\` with \`from\`).
 */
export const SECTION_PARTS: Record<SectionId | 'extra', { parts: readonly string[]; partOf: Readonly<Record<string, string>> }> = ${JSON.stringify(parts, null, 2)};
`,
);
