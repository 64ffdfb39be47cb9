import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SECTION_PARTS } from '../generated/sections.js';
import { packageRoot, schemaPath } from '../paths.js';

type Schema = Record<string, unknown> & {
  $ref?: string; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[]; anyOf?: Schema[];
  description?: string; examples?: unknown[]; enum?: unknown[]; type?: string; required?: string[]; default?: unknown;
};

/**
 * docs/schema.md, generated from the JSON Schema's own descriptions so the reference and the schema cannot drift;
 * each field's example is taken from the first example document that uses it or, failing that, from the schema.
 */
export function schemaReference(): string {
  const root = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
  const defs = root.$defs as Record<string, Schema>;
  const samples = readdirSync(join(packageRoot, 'examples'))
    .filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml')
    .sort()
    .map((f) => parse(readFileSync(join(packageRoot, 'examples', f), 'utf8'), { schema: 'core' }) as unknown);
  const lines = [
    '# YAML reference',
    '',
    '<!-- Generated from schemas/privacy-notice.schema.json by `npm run docs`; do not edit by hand. -->',
    '',
    'Every field privnote understands, with its description from the JSON Schema and an example value.',
    'Free-text fields accept a small Markdown subset (emphasis, lists, links); raw HTML is not rendered.',
    'A path like `purposes.items[].retention` means: the field `retention` of each element of the list `purposes.items`.',
    'The label is the field\'s `title` in the schema, the name `privnote diff` uses for it; for a list also the name of one',
    'element and the field that identifies it (so reordering the list is no change); _vorm_ marks a field that only changes',
    'how the document looks.',
    '',
  ];
  const sectionFields = Object.keys(defs.section!.properties!);
  const row = (path: string[], schema: Schema, required: boolean, example: unknown) =>
    `| \`${path.join('.')}\`${required ? ' (verplicht)' : ''} | ${cell(label(schema))} | ${typeName(schema, defs)} | ${cell(describe(schema))} | ${example === undefined ? '' : cell(`\`${short(example)}\``)} |`;
  const header = ['| Field | Label | Type | Description | Example |', '| --- | --- | --- | --- | --- |'];

  lines.push('## Fields of every section', '', 'Every section of a privacyverklaring (`introduction`, `controller`, `data`, …, `extraSections[]`) also has these fields:', '', ...header);
  for (const [key, schema] of Object.entries(defs.section!.properties!)) {
    const target = resolve(schema);
    const sample = ['purposes', 'rights', 'security', 'data'].map((section) => sampleAt(samples, [section, key], false)).find((v) => v !== undefined);
    lines.push(row([key], target, false, sample ?? target.examples?.[0]));
  }
  lines.push('');
  lines.push(
    '## Parts of each section (`blocks`)',
    '',
    'What `{ part: … }` in a section\'s `blocks` can place (docs/authoring.md): the section\'s own fields that say something,',
    'in the order of the schema, besides its `summary`, `text`, `closing` and `examples`. `extraSections[]` is `extra`.',
    '',
    '| section | parts |',
    '| --- | --- |',
    ...Object.entries(SECTION_PARTS).map(([section, { parts, partOf }]) => {
      const own = parts.filter((part) => !['summary', 'text', 'closing', 'examples'].includes(part));
      const with_ = Object.entries(partOf).map(([field, part]) => ` (\`${field}\` is printed with \`${part}\`)`).join('');
      return `| ${section} | ${own.length ? own.map((part) => `\`${part}\``).join(', ') : '—'}${with_} |`;
    }),
    '',
  );
  for (const [kind, def] of [['Privacyverklaring (`kind: privacyverklaring`, the default)', defs.statement!], ['Protocol (`kind: protocol`)', defs.protocol!]] as const) {
    lines.push(`## ${kind}`, '', ...header);
    walk(def, [], new Set(), (path, schema, required, inSection) => {
      if (inSection && sectionFields.includes(path.at(-1)!)) return;
      lines.push(row(path, schema, required, sampleAt(samples, path, def === defs.protocol) ?? schema.examples?.[0]));
    });
    lines.push('');
  }
  return lines.join('\n');

  /** `bewaartermijn`; `doeleinden; element: doeleinde, herkend aan \`name\``; `titel (vorm)`. */
  function label(schema: Schema): string {
    const items = schema.items && mapping(schema.items);
    const key = items?.['x-privnote-key'] as string | string[] | undefined;
    const keyText = key && key !== '*' ? `, herkend aan ${[key].flat().map((k) => `\`${k}\``).join(' of ')}` : '';
    const title = (schema.items && resolve(schema.items).title) ?? items?.title;
    const element = title ? `; element: ${String(title)}${keyText}` : '';
    return `${String(schema.title ?? '')}${element}${schema['x-privnote-presentation'] ? ' _(vorm)_' : ''}`;
  }

  /** The mapping a schema describes: itself, or the mapping branch of its `anyOf` (a source as a text or a mapping). */
  function mapping(schema: Schema): Schema {
    const resolved = resolve(schema);
    const branch = resolved.anyOf?.map(resolve).find((b) => b.type === 'object');
    return branch ? { ...branch, title: resolved.title ?? branch.title } : resolved;
  }

  function resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const target = defs[schema.$ref.replace('#/$defs/', '')]!;
    const { $ref: _ref, ...rest } = schema;
    return resolve({ ...target, ...rest, description: rest.description ?? target.description });
  }

  function walk(
    schema: Schema,
    path: string[],
    seen: Set<Schema | string>,
    emit: (path: string[], schema: Schema, required: boolean, inSection: boolean) => void,
  ) {
    const resolved = resolve(schema);
    const properties: Record<string, Schema> = { ...resolved.properties };
    const required = new Set(resolved.required ?? []);
    const inSection = (resolved.allOf ?? []).some((part) => part.$ref === '#/$defs/section');
    for (const part of resolved.allOf ?? []) Object.assign(properties, resolve(part).properties);
    for (const [key, child] of Object.entries(properties)) {
      const childPath = [...path, key];
      const target = resolve(child);
      emit(childPath, target, required.has(key), inSection);
      if (seen.has(target)) continue;
      const nested = new Set(seen).add(target);
      if (target.properties || target.allOf) walk(target, childPath, nested, emit);
      // A definition inside itself (a purpose's sub-purposes) is documented once, where it first appears.
      const ref = target.items?.$ref;
      if (ref && seen.has(ref)) continue;
      const items = target.items && mapping(target.items);
      if (items && (items.properties || items.allOf)) walk(items, [...childPath.slice(0, -1), `${key}[]`], ref ? new Set(nested).add(ref) : nested, emit);
    }
  }

  function sampleAt(documents: unknown[], path: string[], protocol: boolean): unknown {
    for (const document of documents) {
      if (((document as { kind?: string }).kind === 'protocol') !== protocol) continue;
      let nodes: unknown[] = [document];
      for (const part of path) {
        const key = part.replace(/\[\]$/, '');
        nodes = nodes.flatMap((node) => {
          const value = (node as Record<string, unknown> | undefined)?.[key];
          return part.endsWith('[]') && Array.isArray(value) ? value : value === undefined ? [] : [value];
        });
      }
      const found = nodes.find((node) => node !== '');
      if (found !== undefined) return found;
    }
    return undefined;
  }
}

function typeName(schema: Schema, defs?: Record<string, Schema>): string {
  if (schema.anyOf) {
    const branch = (b: Schema) => (b.$ref && defs ? { ...defs[b.$ref.replace('#/$defs/', '')]!, ...b, $ref: undefined } : b);
    return schema.anyOf.map((b) => typeName(branch(b), defs)).join(' of ');
  }
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (schema.const) return `\`${String(schema.const)}\``;
  if (schema.type === 'array') return 'lijst';
  return ({ string: 'tekst', object: 'mapping', boolean: 'true/false', integer: 'getal' } as Record<string, string>)[schema.type ?? ''] ?? 'tekst';
}

const describe = (schema: Schema) =>
  `${schema.description ?? ''}${schema.default !== undefined ? ` Standaard: \`${String(schema.default)}\`.` : ''}`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const short = (value: unknown) => {
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const line = text.replace(/\s+/g, ' ');
  return line.length > 70 ? `${line.slice(0, 67)}…` : line;
};
