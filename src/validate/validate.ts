import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics.js';
import { SchemaNode, type Schema } from '../diff/schema.js';
import { fromPointer, locate, noSourceMap, pointer, type Path, type SourceMap } from '../load/source-map.js';
import { sha256 } from '../hash.js';
import { jsonType } from '../json.js';
import { schemaPath } from '../paths.js';
import { precompiled } from '../precompiled.js';
import { fileResource } from '../resources.js';
import { didYouMean, suggest } from '../suggest.js';
import { msg, said, text, type Message } from '../messages/message.js';
import { dutchFields } from './dutch.js';
import { fieldList, fieldNode, fieldsOf, fold, nodeAt, placeName, titleOf, withTitle } from './place.js';
import { found, leaveOut, named, orList, shown, typeMessage, typeName, type Misfit } from './shapes.js';
import { quoteIt, unquoted } from './unquoted.js';
import { privnoteVocabulary } from './vocabulary.js';

/**
 * The schema's validator: the one precompiled at `npm run build` (scripts/compile-schema.mjs) while its recorded hash
 * matches the schema, else compiled now (a schema edited since the build, or no build). Checked once per build.
 */
const validator = fileResource(schemaPath, (text) => {
  const root = JSON.parse(text) as Schema;
  const ready = precompiled('validate-notice') as (ValidateFunction & { schemaHash?: string }) | undefined;
  if (ready?.schemaHash === sha256(text)) return { validate: ready as ValidateFunction, root };
  const require = createRequire(import.meta.url);
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

/**
 * The fields an unknown key may stand for where it stands (`emial` → email, `stad` → city): none for a key that is no
 * plausible name of a field, undefined (any) for a key of an earlier form of the schema.
 */
export function fieldsMeantBy(error: ErrorObject, document: unknown): string[] | undefined {
  const finding = describe(error, validator().root, document, noSourceMap);
  return finding.ruleId === 'schema-replaced' ? undefined : (finding.meant ?? []);
}

/** Checks a loaded document against the JSON Schema; each ajv error becomes a positioned diagnostic. */
export function validate(data: unknown, sourceMap: SourceMap, file: string): Diagnostic[] {
  const { validate, root } = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of oneBranch(relevant(validate.errors ?? []), data)) {
    const finding = describe(error, root, data, sourceMap);
    const key = `${error.instancePath}|${finding.path.join('/')}|${finding.valueLevel ? '' : text(finding.message)}`;
    if (seen.has(key)) continue; // one value-level complaint per node is enough
    seen.add(key);
    findings.push(finding);
  }
  // A key taken for a required field that is missing (`naam` for `name`) says so itself: no second error for the field.
  const meant = new Set(findings.flatMap((f) => (f.meant ?? []).map((field) => pointer([...f.path.slice(0, -1), field]))));
  return findings
    .filter((f) => !(f.ruleId === 'schema-required' && meant.has(pointer([...f.path, f.missing!]))))
    .map((finding) => ({
      file, ...locate(sourceMap, finding.path, finding.atKey), severity: 'error', ruleId: finding.ruleId, ...said(finding.message), path: finding.path,
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
const typesFor = (value: unknown): Message => (value === false || value === 'privaat' ? msg('types.private') : msg('types.public'));
const yamlList = (value: unknown) => (Array.isArray(value) && value.length === 1 ? String(value[0]) : `[${[value].flat().join(', ')}]`);

/**
 * Keys the schema once had and the legal model replaced (docs/legal-model.md), by where they stand (`*`: any key or
 * list index). A document that still has one gets a `schema-replaced` error at the key, saying how to write it now,
 * instead of "onbekend veld".
 */
const REPLACED: { path: string[]; message: (value: unknown) => Message }[] = [
  {
    path: ['publicBody'],
    message: (value) => msg('schema.replaced-public-body', { types: typesFor(value) }),
  },
  ...[['controller', 'entities', '*'], ['controller', 'others', '*', 'organisation'], ['parties', '*']].map((owner) => ({
    path: [...owner, 'sector'],
    message: (value: unknown) => msg('schema.replaced-sector', { types: typesFor(value) }),
  })),
  {
    path: ['data', 'special', 'grounds'],
    message: (value) => msg('schema.replaced-grounds', { list: yamlList(value) }),
  },
];

/** The message for a replaced key at `path`, if it is one. */
function replaced(path: Path, value: unknown): Message | undefined {
  const entry = REPLACED.find((r) => r.path.length === path.length && r.path.every((part, i) => part === '*' || part === String(path[i])));
  return entry?.message(value);
}

interface Finding {
  path: Path;
  ruleId: string;
  message: Message;
  atKey: boolean;
  valueLevel: boolean;
  /** For an unknown key: the fields it was taken for, so a "missing" one of them is not reported as well. */
  meant?: string[];
  /** For a missing required field: its key. */
  missing?: string;
}

const NOUNS: Record<string, Message> = {
  date: msg('format.date'), email: msg('format.email'), url: msg('format.url'), phone: msg('format.phone'), kbo: msg('format.kbo'),
  vat: msg('format.vat'), postalCode: msg('format.postal-code'),
};
/** The formats whose words already give an example, so the schema's is not added. */
const WITH_EXAMPLE = ['kbo', 'vat'];

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
        const [one, other] = [either, missing].map((key) => msg('field.quoted', { key, title: titleOf(key, node, root) ?? '' }));
        const message = msg('schema.required-either', { one: one!, other: other!, place: placeName(path, node), either, missing });
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
        message: msg('schema.dependent', { property, title: title ?? '', missing: missingProperty, missingTitle: titleOf(missingProperty, node, root) ?? missingProperty }),
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
          message: msg('schema.enum-key', { key, hint: didYouMean(key, allowed), allowed: allowed.join(', ') }),
        };
      }
      return {
        ...base, ruleId: 'schema-enum',
        message: msg('schema.enum-value', { value: shown(value, written), hint: didYouMean(String(value), allowed), allowed: allowed.join(', ') }),
      };
    }
    case 'const': {
      const allowed = JSON.stringify((error.params as { allowedValue: unknown }).allowedValue);
      return { ...base, ruleId: 'schema-enum', message: msg('schema.const', { allowed, value: shown(value, written) }) };
    }
    case 'format':
    case 'pattern': {
      const example = node.get<unknown[]>('examples')?.[0];
      const name = definitionName(error);
      const noun = NOUNS[name] ?? msg('format.other');
      const shownExample = typeof example === 'string' && !WITH_EXAMPLE.includes(name) ? example : '';
      return { ...base, ruleId: 'schema-format', message: msg('schema.format', { value: shown(value), noun, example: shownExample }) };
    }
    case 'anyOf': {
      const forms = ((node.parts.find((part) => part.anyOf)?.anyOf as Schema[] | undefined) ?? []).map((branch) => formOf(SchemaNode.of([branch], [], root)));
      const word = unquoted(value, written);
      const fix =
        value === null ? leaveOut(path, misfit().parent, msg('fix.fill-it'))
        : Array.isArray(value) ? msg('fix.remove-nested-brackets')
        : typeof value === 'object' ? msg('fix.value-itself')
        : word ? quoteIt(path, word)
        : msg('fix.quote', { value: String(value) });
      return { ...base, ruleId: 'schema-type', message: msg('schema.type', { expected: orList(forms), found: found(value, written), fix }) };
    }
    case 'minLength':
      return { ...base, ruleId: 'schema-empty', message: msg('schema.min-length', { name: named(path), fix: leaveOut(path, misfit().parent, msg('fix.fill-text')) }) };
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      const lacking = limit - ((value as unknown[] | undefined)?.length ?? 0);
      const what = lacking === 1 ? msg('fix.add-one', { more: limit === 1 ? 0 : 1 }) : msg('fix.add-n', { count: lacking });
      return { ...base, ruleId: 'schema-empty', message: msg('schema.min-items', { limit, name: named(path), fix: leaveOut(path, misfit().parent, what) }) };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return {
        ...base, ruleId: 'schema-duplicate',
        message: msg('schema.duplicate', { value: shown((value as unknown[])[i]), first: Math.min(i, j) + 1, second: Math.max(i, j) + 1 }),
      };
    }
    case 'minimum': {
      const limit = (error.params as { limit: number }).limit;
      return { ...base, ruleId: 'schema-minimum', message: msg('schema.minimum', { limit, value: shown(value, written) }) };
    }
    case 'minProperties':
    case 'maxProperties': {
      const limit = (error.params as { limit: number }).limit;
      const count = Object.keys((value as object | undefined) ?? {}).length;
      const message =
        node.get('maxProperties') !== 1 ? msg(error.keyword === 'minProperties' ? 'schema.min-properties' : 'schema.max-properties', { limit, count })
        : count === 0 ? msg('schema.one-pair-none')
        : msg('schema.one-pair-many', { count });
      return { ...base, ruleId: `schema-${error.keyword}`, message };
    }
    case 'propertyNames': {
      const key = (error.params as { propertyName: string }).propertyName;
      return { path: [...path, key], atKey: true, valueLevel: false, ruleId: 'schema-propertyNames', message: msg('schema.property-name', { key }) };
    }
    default:
      return { ...base, ruleId: `schema-${error.keyword}`, message: msg('schema.other', { keyword: error.keyword, name: named(path) }) };
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
function requiredMessage(missing: string, path: Path, node: SchemaNode, root: Schema): Message {
  const field = fieldNode(node, missing, root);
  const needs = fieldsOf(field).filter((key) => field.required.has(key));
  const add =
    field.type === 'object'
      ? needs.length ? msg('add.object', { field: missing, needs: needs.map((key) => withTitle(key, field, root, { required: false })) }) : msg('add.object-fields', { field: missing })
    : field.type === 'array' ? msg('add.array', { field: missing })
    : msg('add.value', { field: missing });
  return msg('schema.required', { field: missing, title: titleOf(missing, node, root) ?? '', place: placeName(path, node), add });
}

/**
 * A key the schema does not know where it stands: the field a Dutch word means there (`stad` → `city`), else the
 * field it is a typo of (`emial` → `email`), else what is allowed there.
 */
function unknownKey(key: string, path: Path, node: SchemaNode, root: Schema): { message: Message; meant?: string[] } {
  const dutch = dutchFields(key, node, root);
  if (dutch.length) {
    const options = dutch.map((target) => {
      const owner = target.slice(0, -1).reduce((at, field) => fieldNode(at, field, root), node);
      const field = target.at(-1)!;
      const title = titleOf(field, owner, root);
      const label = msg('field.quoted', { key: field, title: title && fold(title) !== fold(key) ? title : '' });
      return target.length > 1 ? msg('field.under', { label, parent: target.slice(0, -1).join('.') }) : label;
    });
    return {
      message: msg('schema.unknown-dutch', { key, options: orList(options) }),
      meant: dutch.filter((target) => target.length === 1).map((target) => target[0]!),
    };
  }
  const typo = suggest(key, node.propertyNames);
  if (typo) return { message: msg('schema.unknown-typo', { key, typo }), meant: [typo] };
  const place = placeName(path, node);
  return { message: fieldsOf(node).length ? msg('schema.unknown-key', { key, place, fields: fieldList(node, root) }) : msg('schema.unknown-key-none', { key, place }) };
}

/** One form an `anyOf` allows, in words: `tekst`, `een lijst`, `een van a, b, c`, `een mapping met name (verplicht), text`. */
function formOf(node: SchemaNode): Message {
  const values = node.enumValues;
  if (values) return msg('form.one-of', { values: values.map(String).join(', ') });
  if (node.type === 'object') {
    const keys = fieldsOf(node).map((key) => msg('field.with-title', { key, title: '', required: node.required.has(key) ? 1 : 0 }));
    return msg('form.mapping', { fields: keys });
  }
  return typeName(String(node.type));
}

/** The $defs name (or property name) a format/pattern error belongs to, to phrase the message. */
function definitionName(error: ErrorObject): string {
  const parts = error.schemaPath.split('/');
  const defs = parts.lastIndexOf('$defs');
  if (defs >= 0 && parts[defs + 1]) return parts[defs + 1]!;
  const last = fromPointer(error.instancePath).at(-1);
  return typeof last === 'string' ? last : '';
}
