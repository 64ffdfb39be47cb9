import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics.js';
import { fromPointer, locate, type Path, type SourceMap } from '../load/source-map.js';
import { sha256 } from '../hash.js';
import { jsonType, schemaType } from '../json.js';
import { packageRoot, schemaPath } from '../paths.js';
import { fileResource } from '../resources.js';
import { didYouMean } from '../suggest.js';
import { privnoteVocabulary } from './vocabulary.js';

type Schema = Record<string, unknown>;

/** The validator precompiled at `npm run build` (scripts/compile-schema.mjs), with the hash of the schema it was made from. */
const PRECOMPILED = join(packageRoot, 'dist', 'generated', 'validate-notice.cjs');

/**
 * The schema's validator: the precompiled one while its recorded hash matches the schema, else compiled now (a schema
 * edited since the build, or no build). Checked once per build.
 */
const validator = fileResource(schemaPath, (text) => {
  const root = JSON.parse(text) as Schema;
  const require = createRequire(import.meta.url);
  const precompiled = existsSync(PRECOMPILED) ? (require(PRECOMPILED) as ValidateFunction & { schemaHash?: string }) : undefined;
  if (precompiled?.schemaHash === sha256(text)) return { validate: precompiled as ValidateFunction, root };
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addVocabulary(privnoteVocabulary);
  (require('ajv-formats') as { default: (a: unknown) => void }).default(ajv);
  return { validate: ajv.compile(root), root };
});

/** Checks a loaded document against the JSON Schema; each ajv error becomes a positioned diagnostic. */
export function validate(data: unknown, sourceMap: SourceMap, file: string): Diagnostic[] {
  const { validate, root } = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of oneBranch(relevant(validate.errors ?? []), data)) {
    const finding = describe(error, root, data);
    const key = `${error.instancePath}|${finding.path.join('/')}|${finding.valueLevel ? '' : finding.message}`;
    if (seen.has(key)) continue; // one value-level complaint per node is enough
    seen.add(key);
    const position = locate(sourceMap, finding.path, finding.atKey);
    diagnostics.push({ file, ...position, severity: 'error', ruleId: finding.ruleId, message: finding.message, path: finding.path });
  }
  return diagnostics;
}

/** Drops ajv's bookkeeping errors (if/then) and a `const` that merely repeats an `enum` on the same node. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  return errors.filter(
    (e) => e.keyword !== 'if' && !(e.keyword === 'const' && enumPaths.has(e.instancePath)),
  );
}

/**
 * A value that fails an `anyOf` (a source written as a text or as a mapping) gets ajv's errors of every branch. Only
 * the branch of the value's JSON type speaks: the other branches' complaints about its type are dropped, and so is the
 * `anyOf` error itself, unless no branch is of that type: then it stays, to name the forms that are allowed.
 */
function oneBranch(errors: ErrorObject[], document: unknown): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  if (anyOfs.length === 0) return errors;
  const valueAt = (pointer: string) => fromPointer(pointer).reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], document);
  const otherType = (e: ErrorObject, type: string) => {
    if (e.keyword === 'type') return !String((e.params as { type: string }).type).split(',').some((t) => (t === 'integer' ? 'number' : t) === type);
    if (e.keyword === 'enum') return !(e.params as { allowedValues: unknown[] }).allowedValues.some((v) => jsonType(v) === type);
    if (e.keyword === 'const') return jsonType((e.params as { allowedValue: unknown }).allowedValue) !== type;
    return false;
  };
  let kept = errors;
  for (const anyOf of anyOfs) {
    const at = anyOf.instancePath;
    const type = jsonType(valueAt(at));
    kept = kept.filter((e) => e === anyOf || e.instancePath !== at || !otherType(e, type));
    const spoken = kept.some((e) => e !== anyOf && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
    if (spoken) kept = kept.filter((e) => e !== anyOf);
  }
  return kept;
}

/** How a replaced `sector` or `publicBody` is written now: the types that say the same. */
const typesFor = (value: unknown) =>
  value === false || value === 'privaat' ? '`type: vereniging` of `type: onderneming`' : '`type: vlaamse-overheid` of `type: overheid`';
const yamlList = (value: unknown) => (Array.isArray(value) && value.length === 1 ? String(value[0]) : `[${[value].flat().join(', ')}]`);

/**
 * Keys the schema once had and the legal model replaced (docs/legal-model.md), by where they stand (`*`: any key or
 * list index). A document that still has one gets a `schema-replaced` error at the key, saying how to write it now,
 * instead of "onbekend veld".
 */
const REPLACED: { path: string[]; message: (value: unknown) => string }[] = [
  {
    path: ['publicBody'],
    message: (value) => `\`publicBody\` is vervangen: zet bij elke verantwoordelijke ${typesFor(value)} (zie docs/legal-model.md)`,
  },
  ...[['controller', 'entities', '*'], ['controller', 'others', '*', 'organisation'], ['parties', '*']].map((owner) => ({
    path: [...owner, 'sector'],
    message: (value: unknown) => `\`sector\` is vervangen door \`type\`: zet ${typesFor(value)} (zie docs/legal-model.md)`,
  })),
  {
    path: ['data', 'special', 'grounds'],
    message: (value) =>
      `\`data.special.grounds\` is vervangen: zet de uitzonderingsgrond bij elke categorie die erop steunt, als \`ground: ${yamlList(value)}\` in \`data.special.categories\` (zie docs/legal-model.md)`,
  },
];

/** The message for a replaced key at `path`, if it is one. */
function replaced(path: Path, value: unknown): string | undefined {
  const entry = REPLACED.find((r) => r.path.length === path.length && r.path.every((part, i) => part === '*' || part === String(path[i])));
  return entry?.message(value);
}

interface Finding {
  path: Path;
  ruleId: string;
  message: string;
  atKey: boolean;
  valueLevel: boolean;
}

const NOUNS: Record<string, string> = {
  date: 'geen geldige datum (JJJJ-MM-DD)',
  email: 'geen geldig e-mailadres',
  url: 'geen geldig webadres (enkel http:// of https://)',
  phone: 'geen geldig telefoonnummer',
  kbo: 'geen geldig ondernemingsnummer (10 cijfers, bv. 0207.725.203)',
  postalCode: 'geen geldige postcode (4 cijfers)',
};

const TYPES: Record<string, string> = {
  string: 'tekst', object: 'een mapping (sleutel: waarde)', array: 'een lijst', boolean: 'true of false',
  integer: 'een geheel getal', number: 'een getal', null: 'leeg',
};

/** The JSON type of a value, integers apart (for the message). */
const typeOf = (value: unknown): string => (typeof value === 'number' && Number.isInteger(value) ? 'integer' : jsonType(value));

function describe(error: ErrorObject, root: Schema, document: unknown): Finding {
  const path = fromPointer(error.instancePath);
  const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], document);
  const shown = JSON.stringify(value);
  const base = { path, atKey: false, valueLevel: true };
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { ...base, ruleId: 'schema-required', valueLevel: false, message: `verplicht veld "${missing}" ontbreekt` };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
      const key = params.additionalProperty ?? params.unevaluatedProperty ?? '';
      const replacement = replaced([...path, key], (value as Record<string, unknown> | undefined)?.[key]);
      if (replacement) return { path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-replaced', message: replacement };
      const known = knownKeys(schemaAt(root, document, path), root);
      return {
        path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-unknown-key',
        message: `onbekend veld "${key}"${didYouMean(key, known)}`,
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type).split(',').map((t) => TYPES[t] ?? t).join(' of ');
      return { ...base, ruleId: 'schema-type', message: `verwacht ${expected}, gevonden ${TYPES[typeOf(value)] ?? typeOf(value)} ${shown}` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        ...base, ruleId: 'schema-enum',
        message: `ongeldige waarde ${shown}${didYouMean(String(value), allowed)} (toegelaten: ${allowed.join(', ')})`,
      };
    }
    case 'const':
      return { ...base, ruleId: 'schema-enum', message: `verwacht ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, gevonden ${shown}` };
    case 'format':
    case 'pattern':
      return { ...base, ruleId: 'schema-format', message: `${shown} is ${NOUNS[definitionName(error)] ?? 'niet in het verwachte formaat'}` };
    case 'anyOf': {
      const forms = ((schemaAt(root, document, path).anyOf as Schema[] | undefined) ?? []).map((branch) => formOf(branch, root));
      return { ...base, ruleId: 'schema-type', message: `verwacht ${forms.join(' of ')}, gevonden ${TYPES[typeOf(value)] ?? typeOf(value)} ${shown}` };
    }
    case 'minLength':
      return { ...base, ruleId: 'schema-empty', message: 'mag niet leeg zijn' };
    case 'minItems':
      return { ...base, ruleId: 'schema-empty', message: `verwacht minstens ${(error.params as { limit: number }).limit} element(en)` };
    case 'uniqueItems':
      return { ...base, ruleId: 'schema-duplicate', message: `dubbel element in de lijst: ${shown}` };
    default:
      return { ...base, ruleId: `schema-${error.keyword}`, message: error.message ?? 'ongeldige waarde' };
  }
}

/** One form an `anyOf` allows, in words: `tekst`, `een lijst`, `een van a, b, c`, `een mapping met name (verplicht), text`. */
function formOf(branch: Schema, root: Schema): string {
  const schema = branch.$ref ? resolveRef(branch.$ref as string, root) : branch;
  if (Array.isArray(schema.enum)) return `een van ${schema.enum.map(String).join(', ')}`;
  if (schema.type === 'object') {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const keys = knownKeys(schema, root).map((key) => (required.has(key) ? `${key} (verplicht)` : key));
    return `een mapping met ${keys.join(', ')}`;
  }
  return TYPES[String(schema.type)] ?? String(schema.type);
}

/** The $defs name (or property name) a format/pattern error belongs to, to phrase the message. */
function definitionName(error: ErrorObject): string {
  const parts = error.schemaPath.split('/');
  const defs = parts.lastIndexOf('$defs');
  if (defs >= 0 && parts[defs + 1]) return parts[defs + 1]!;
  const last = fromPointer(error.instancePath).at(-1);
  return typeof last === 'string' ? last : '';
}

/** Property names a mapping may have, following allOf and $ref (sections share common fields). */
function knownKeys(schema: Schema, root: Schema): string[] {
  const keys = new Set(Object.keys((schema.properties as Schema | undefined) ?? {}));
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
    const ref = part.$ref as string | undefined;
    const target = ref ? resolveRef(ref, root) : part;
    for (const key of knownKeys(target, root)) keys.add(key);
  }
  return [...keys];
}

/**
 * The schema that describes the node at `path` of the document: followed from the root through the kind of document,
 * properties, list items, $ref and allOf. (The precompiled validator's schema paths are relative to each definition.)
 */
function schemaAt(root: Schema, document: unknown, path: Path): Schema {
  const kind = (document as { kind?: string } | undefined)?.kind === 'protocol' ? 'protocol' : 'statement';
  let schema = resolveRef(`#/$defs/${kind}`, root);
  let value = document;
  for (const part of path) {
    const parts = [schema, ...((schema.allOf as Schema[] | undefined) ?? []).map((p) => (p.$ref ? resolveRef(p.$ref as string, root) : p))];
    const next =
      typeof part === 'number'
        ? (schema.items as Schema | undefined)
        : parts.map((p) => (p.properties as Record<string, Schema> | undefined)?.[part]).find(Boolean);
    if (!next) return schema;
    value = (value as Record<string | number, unknown> | undefined)?.[part];
    schema = branchOf(next.$ref ? resolveRef(next.$ref as string, root) : next, value, root);
  }
  return schema;
}

/** Of an `anyOf` (a text or a mapping), the branch of the value's JSON type; any other schema as it is. */
function branchOf(schema: Schema, value: unknown, root: Schema): Schema {
  const branch = (schema.anyOf as Schema[] | undefined)?.find((b) => schemaType(b, (ref) => resolveRef(ref, root)) === jsonType(value));
  return branch ? branchOf(branch.$ref ? resolveRef(branch.$ref as string, root) : branch, value, root) : schema;
}

function resolveRef(ref: string, root: Schema): Schema {
  return fromPointer(ref.replace(/^#/, '')).reduce<Schema>((node, part) => node[part] as Schema, root);
}
