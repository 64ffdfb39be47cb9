import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics.js';
import { SchemaNode, type Schema } from '../diff/schema.js';
import { fromPointer, locate, pointer, type Path, type SourceMap } from '../load/source-map.js';
import { sha256 } from '../hash.js';
import { jsonType } from '../json.js';
import { packageRoot, schemaPath } from '../paths.js';
import { fileResource } from '../resources.js';
import { didYouMean, suggest } from '../suggest.js';
import { text } from '../messages/message.js';
import { dutchFields } from './dutch.js';
import { fieldList, fieldNode, fieldsOf, fold, nodeAt, placeName, titleOf, withTitle } from './place.js';
import { found, leaveOut, named, shown, typeMessage, TYPES, type Misfit } from './shapes.js';
import { quoteIt, unquoted } from './unquoted.js';
import { privnoteVocabulary } from './vocabulary.js';

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

/** ajv's own errors for a document: what src/validate/prune.ts cuts away before the rules run. */
export function schemaErrors(data: unknown): ErrorObject[] {
  const { validate } = validator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Checks a loaded document against the JSON Schema; each ajv error becomes a positioned diagnostic. */
export function validate(data: unknown, sourceMap: SourceMap, file: string): Diagnostic[] {
  const { validate, root } = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of oneBranch(relevant(validate.errors ?? []), data)) {
    const finding = describe(error, root, data, sourceMap);
    const key = `${error.instancePath}|${finding.path.join('/')}|${finding.valueLevel ? '' : finding.message}`;
    if (seen.has(key)) continue; // one value-level complaint per node is enough
    seen.add(key);
    findings.push(finding);
  }
  // A key taken for a required field that is missing (`naam` for `name`) says so itself: no second error for the field.
  const meant = new Set(findings.flatMap((f) => (f.meant ?? []).map((field) => pointer([...f.path.slice(0, -1), field]))));
  return findings
    .filter((f) => !(f.ruleId === 'schema-required' && meant.has(pointer([...f.path, f.missing!]))))
    .map((finding) => ({
      file, ...locate(sourceMap, finding.path, finding.atKey), severity: 'error', ruleId: finding.ruleId, message: finding.message, path: finding.path,
    }));
}

/**
 * Drops ajv's bookkeeping errors (if/then), a `const` that merely repeats an `enum` on the same node, and a
 * `propertyNames` error whose key has an error of its own (which says what the key may be).
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  const badKeys = new Set(errors.map((e) => (e as ErrorObject & { propertyName?: string }).propertyName).filter((key) => key !== undefined));
  return errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      !(e.keyword === 'const' && enumPaths.has(e.instancePath)) &&
      !(e.keyword === 'propertyNames' && badKeys.has((e.params as { propertyName: string }).propertyName)),
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
  /** For an unknown key: the fields it was taken for, so a "missing" one of them is not reported as well. */
  meant?: string[];
  /** For a missing required field: its key. */
  missing?: string;
}

const NOUNS: Record<string, string> = {
  date: 'geen geldige datum (JJJJ-MM-DD)',
  email: 'geen geldig e-mailadres',
  url: 'geen geldig webadres (met http:// of https:// vooraan, of www.)',
  phone: 'geen geldig telefoonnummer',
  kbo: 'geen geldig ondernemingsnummer (10 cijfers, bv. 0207.725.203)',
  vat: 'geen geldig btw-nummer (BE en de 10 cijfers van het ondernemingsnummer, bv. BE0661841094, of een buitenlands nummer met zijn landcode, bv. NL123456789B01)',
  postalCode: 'geen geldige postcode (4 cijfers)',
};

function describe(error: ErrorObject, root: Schema, document: unknown, sourceMap: SourceMap): Finding {
  const path = fromPointer(error.instancePath);
  const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], document);
  const written = sourceMap.written(path);
  const node = nodeAt(root, document, path);
  const misfit = (): Misfit => ({ path, value, node, parent: nodeAt(root, document, path.slice(0, -1)), root, written });
  const base = { path, atKey: false, valueLevel: true };
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const either = eitherOf(missing, node);
      if (either) {
        const [one, other] = [either, missing].map((key) => `"${key}"${titleOf(key, node, root) ? ` (${titleOf(key, node, root)})` : ''}`);
        const message = `${one} of ${other} is verplicht, en ontbreekt ${placeName(path, node)}: voeg "${either}: …" of "${missing}: …" toe`;
        return { ...base, ruleId: 'schema-required', valueLevel: false, missing, message };
      }
      return { ...base, ruleId: 'schema-required', valueLevel: false, missing, message: requiredMessage(missing, path, node, root) };
    }
    case 'dependentRequired': {
      // A field that only means something beside another one (`kboNote` beside `kbo`): reported at that field.
      const { property, missingProperty } = error.params as { property: string; missingProperty: string };
      const title = titleOf(property, node, root);
      return {
        path: [...path, property], atKey: true, valueLevel: false, ruleId: 'schema-required', missing: missingProperty,
        message: `"${property}"${title ? ` (${title})` : ''} staat er zonder "${missingProperty}" (${titleOf(missingProperty, node, root) ?? missingProperty}), waar het bij hoort: voeg "${missingProperty}: …" toe, of laat "${property}" weg`,
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
      const key = params.additionalProperty ?? params.unevaluatedProperty ?? '';
      const replacement = replaced([...path, key], (value as Record<string, unknown> | undefined)?.[key]);
      if (replacement) return { path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-replaced', message: replacement };
      return { path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-unknown-key', ...unknownKey(key, path, node, root) };
    }
    case 'type':
      return { ...base, ruleId: 'schema-type', message: typeMessage(String((error.params as { type: string }).type).split(','), misfit()) };
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      // A key that must be one of a list (`propertyNames`: a group heading per legal basis) is reported at the key.
      const key = (error as ErrorObject & { propertyName?: string }).propertyName;
      if (key !== undefined) {
        return {
          path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-enum',
          message: `ongeldige sleutel "${key}"${text(didYouMean(key, allowed))} (toegelaten: ${allowed.join(', ')})`,
        };
      }
      return {
        ...base, ruleId: 'schema-enum',
        message: `ongeldige waarde ${shown(value, written)}${text(didYouMean(String(value), allowed))} (toegelaten: ${allowed.join(', ')})`,
      };
    }
    case 'const': {
      const allowed = JSON.stringify((error.params as { allowedValue: unknown }).allowedValue);
      return { ...base, ruleId: 'schema-enum', message: `verwacht ${allowed}, gevonden ${shown(value, written)}: schrijf ${allowed}` };
    }
    case 'format':
    case 'pattern': {
      const example = node.get<unknown[]>('examples')?.[0];
      const noun = NOUNS[definitionName(error)] ?? 'niet in het verwachte formaat';
      const hint = typeof example === 'string' && !noun.includes('bv.') ? `: schrijf bv. ${example}` : '';
      return { ...base, ruleId: 'schema-format', message: `${shown(value)} is ${noun}${hint}` };
    }
    case 'anyOf': {
      const forms = ((node.parts.find((part) => part.anyOf)?.anyOf as Schema[] | undefined) ?? []).map((branch) => formOf(SchemaNode.of([branch], [], root)));
      const word = unquoted(value, written);
      const fix =
        value === null ? leaveOut(path, misfit().parent, 'vul het in')
        : Array.isArray(value) ? 'haal de geneste lijst ("[ ]" of de tweede "- ") weg'
        : typeof value === 'object' ? 'schrijf de waarde zelf, zonder sleutel en ":"'
        : word ? quoteIt(path, word)
        : `zet de waarde tussen aanhalingstekens ("${String(value)}")`;
      return { ...base, ruleId: 'schema-type', message: `verwacht ${forms.join(' of ')}, gevonden ${found(value, written)}: ${fix}` };
    }
    case 'minLength':
      return { ...base, ruleId: 'schema-empty', message: `${named(path)} mag niet leeg zijn: ${leaveOut(path, misfit().parent, 'vul een tekst in')}` };
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      const lacking = limit - ((value as unknown[] | undefined)?.length ?? 0);
      const what = lacking === 1 ? `voeg ${limit === 1 ? 'een' : 'nog een'} element toe na "- "` : `voeg er ${lacking} toe, elk op een eigen regel na "- "`;
      return { ...base, ruleId: 'schema-empty', message: `verwacht minstens ${limit} element${limit === 1 ? '' : 'en'} in ${named(path)}: ${leaveOut(path, misfit().parent, what)}` };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return {
        ...base, ruleId: 'schema-duplicate',
        message: `dubbel element in de lijst: ${shown((value as unknown[])[i])} staat er twee keer in (element ${Math.min(i, j) + 1} en ${Math.max(i, j) + 1}): verwijder er een`,
      };
    }
    case 'minimum': {
      const limit = (error.params as { limit: number }).limit;
      return { ...base, ruleId: 'schema-minimum', message: `verwacht minstens ${limit}, gevonden ${shown(value, written)}: schrijf een getal vanaf ${limit}` };
    }
    case 'minProperties':
    case 'maxProperties': {
      const limit = (error.params as { limit: number }).limit;
      const count = Object.keys((value as object | undefined) ?? {}).length;
      const message =
        node.get('maxProperties') !== 1 ? `verwacht ${error.keyword === 'minProperties' ? 'minstens' : 'hoogstens'} ${limit} veld${limit === 1 ? '' : 'en'}, gevonden ${count}`
        : count === 0 ? 'verwacht één "sleutel: waarde" in dit element, gevonden geen: vul er een in, of verwijder het element'
        : `verwacht één "sleutel: waarde" per element, gevonden ${count}: zet elk in een eigen element, na "- "`;
      return { ...base, ruleId: `schema-${error.keyword}`, message };
    }
    case 'propertyNames': {
      const key = (error.params as { propertyName: string }).propertyName;
      return { path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-propertyNames', message: `ongeldige sleutel "${key}"` };
    }
    default:
      return { ...base, ruleId: `schema-${error.keyword}`, message: `voldoet niet aan het schema (JSON Schema-regel "${error.keyword}"): zie de beschrijving van ${named(path)} in docs/schema.md` };
  }
}

/**
 * The other field of a pair of which one is required (a processor's `name` or `category`): the schema says it as
 * `if: { not: { required: [name] } }, then: { required: [category] }`, and ajv reports only the second one missing.
 */
function eitherOf(missing: string, node: SchemaNode): string | undefined {
  for (const part of node.parts) {
    const required = ((part.if as Schema | undefined)?.not as Schema | undefined)?.required as string[] | undefined;
    if (required?.length === 1 && ((part.then as Schema | undefined)?.required as string[] | undefined)?.includes(missing)) return required[0];
  }
  return undefined;
}

/** A required field that is missing: where, and how to add it (with what it needs in turn). */
function requiredMessage(missing: string, path: Path, node: SchemaNode, root: Schema): string {
  const field = fieldNode(node, missing, root);
  const needs = fieldsOf(field).filter((key) => field.required.has(key));
  const add =
    field.type === 'object' ? `voeg "${missing}:" toe met daaronder ${needs.length ? needs.map((key) => withTitle(key, field, root, { required: false })).join(', ') : 'de velden'}`
    : field.type === 'array' ? `voeg "${missing}:" toe met daaronder de elementen, elk na "- "`
    : `voeg "${missing}: …" toe`;
  const title = titleOf(missing, node, root);
  return `verplicht veld "${missing}"${title ? ` (${title})` : ''} ontbreekt ${placeName(path, node)}: ${add}`;
}

/**
 * A key the schema does not know where it stands: the field a Dutch word means there (`stad` → `city`), else the
 * field it is a typo of (`emial` → `email`), else what is allowed there.
 */
function unknownKey(key: string, path: Path, node: SchemaNode, root: Schema): { message: string; meant?: string[] } {
  const dutch = dutchFields(key, node, root);
  if (dutch.length) {
    const options = dutch.map((target) => {
      const owner = target.slice(0, -1).reduce((at, field) => fieldNode(at, field, root), node);
      const field = target.at(-1)!;
      const title = titleOf(field, owner, root);
      const label = `"${field}"${title && fold(title) !== fold(key) ? ` (${title})` : ''}`;
      return target.length > 1 ? `${label} onder "${target.slice(0, -1).join('.')}"` : label;
    });
    return {
      message: `onbekend veld "${key}": privnote gebruikt Engelse veldnamen; bedoelde je ${options.join(' of ')}?`,
      meant: dutch.filter((target) => target.length === 1).map((target) => target[0]!),
    };
  }
  const typo = suggest(key, node.propertyNames);
  if (typo) return { message: `onbekend veld "${key}"; bedoelde je "${typo}"?`, meant: [typo] };
  const fields = fieldList(node, root);
  return { message: `onbekend veld "${key}" ${placeName(path, node)}: ${fields ? `toegelaten zijn ${fields}` : 'hier zijn geen velden toegelaten'}` };
}

/** One form an `anyOf` allows, in words: `tekst`, `een lijst`, `een van a, b, c`, `een mapping met name (verplicht), text`. */
function formOf(node: SchemaNode): string {
  const values = node.enumValues;
  if (values) return `een van ${values.map(String).join(', ')}`;
  if (node.type === 'object') {
    const keys = fieldsOf(node).map((key) => (node.required.has(key) ? `${key} (verplicht)` : key));
    return `een mapping met ${keys.join(', ')}`;
  }
  return TYPES[String(node.type)] ?? String(node.type);
}

/** The $defs name (or property name) a format/pattern error belongs to, to phrase the message. */
function definitionName(error: ErrorObject): string {
  const parts = error.schemaPath.split('/');
  const defs = parts.lastIndexOf('$defs');
  if (defs >= 0 && parts[defs + 1]) return parts[defs + 1]!;
  const last = fromPointer(error.instancePath).at(-1);
  return typeof last === 'string' ? last : '';
}
