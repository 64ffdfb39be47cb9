import type { SchemaNode, Schema } from '../diff/schema.js';
import { fieldNode, fold } from './place.js';
import { SYNONYMS } from './synonyms.js';

/**
 * The fields a Dutch key may mean where it stands (`stad` under an address: `city`), each as its path from there
 * (`["recipients", "processors"]` for `verwerkers` at the top level). First from the schema's own Dutch titles: a key
 * equal to the title of a field allowed there, or to its plural or singular (`doeleinden`, `bronnen`, `rechten` for
 * "Je rechten", `ontvangers` for "Ontvangers en verwerkers"); then from the table of src/validate/synonyms.ts for the
 * words the titles do not give (`table`: another one, for tests). Only fields allowed at that place are returned.
 */
export function dutchFields(key: string, node: SchemaNode, root: Schema, table: Readonly<Record<string, readonly string[]>> = SYNONYMS): string[][] {
  const word = fold(key);
  if (word.length < 2) return [];
  const found = new Map<string, string[]>();
  for (const field of node.propertyNames) {
    const title = fieldNode(node, field, root).title;
    if (title && titleWords(title).some((t) => inflects(word, t))) found.set(field, [field]);
  }
  for (const [synonym, targets] of Object.entries(table)) {
    if (!inflects(word, fold(synonym))) continue;
    for (const target of targets) {
      const path = target.split('.');
      if (allowed(node, path, root)) found.set(target, path);
    }
  }
  // A field one level down says more than its parent alone (`verwerkers`: `processors` under `recipients`, not `recipients`).
  const paths = [...found.values()];
  return paths.filter((path) => !paths.some((other) => other.length > path.length && path.every((part, i) => other[i] === part)));
}

/** Whether `path` (`["address", "city"]`) names fields allowed under `node`, one level after the other. */
function allowed(node: SchemaNode, path: string[], root: Schema): boolean {
  let at = node;
  for (const field of path) {
    if (!at.propertyNames.includes(field)) return false;
    at = fieldNode(at, field, root);
  }
  return true;
}

/**
 * The words a title may be written as: the title itself without a leading pronoun or article ("Je rechten" →
 * rechten), and each part of a title of two things ("Ontvangers en verwerkers" → ontvangers, verwerkers).
 */
function titleWords(title: string): string[] {
  const bare = title.toLowerCase().replace(/^(je|jouw|uw|de|het|een)\s+/, '');
  const parts = bare.split(/\s+en\s+/);
  return [bare, ...(parts.length > 1 ? parts : [])].map(fold).filter(Boolean);
}

/** Whether two folded words are the same word, or one the other's plural (`bron`/`bronnen`, `kanaal`/`kanalen`). */
function inflects(a: string, b: string): boolean {
  return a === b || plurals(a).includes(b) || plurals(b).includes(a);
}

const VOWEL = 'aeiou';

/**
 * The plural forms of a folded Dutch word, by the spelling rules: -s after a vowel or an unstressed ending (ontvanger,
 * artikel, cookie), -en otherwise, with the consonant doubled after a short vowel (bron → bronnen) or the long vowel
 * written single (kanaal → kanalen); -n or -ën after an e (doeleinde → doeleinden, categorie → categorieën).
 */
function plurals(word: string): string[] {
  if (word.length < 3) return [];
  const forms = [];
  const last = word.at(-1)!;
  if (VOWEL.includes(last) || /(el|em|en|er|aar|ier|je)$/.test(word)) forms.push(`${word}s`);
  if (last === 'e') forms.push(`${word}n`);
  if (!VOWEL.includes(last) || last === 'e') forms.push(`${word}en`);
  if (/[^aeiou][aeiou][^aeiouwy]$/.test(word)) forms.push(`${word}${last}en`);
  const long = /([aeiou])\1([^aeiou])$/.exec(word);
  if (long) forms.push(`${word.slice(0, -2)}${long[2]}en`);
  return forms;
}
