import type { Change } from './diff.js';

const short = (text: string | undefined, max = 120) =>
  text === undefined ? '' : `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/**
 * For a changed long text, only the words that differ, with a little context: "… langer dan 1 week bij …" →
 * "… langer dan 30 dagen bij …".
 */
export function changedWords(from: string, to: string, context = 3): [string, string] {
  const [a, b] = [from.split(' '), to.split(' ')];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const excerpt = (words: string[]) => {
    const first = Math.max(0, start - context);
    const last = Math.min(words.length, words.length - end + context);
    return `${first > 0 ? '… ' : ''}${words.slice(first, last).join(' ')}${last < words.length ? ' …' : ''}`;
  };
  return [excerpt(a), excerpt(b)];
}

/** One change in one line: `+ doeleinde "X"`, `~ bewaartermijn van doeleinde "X": "5 jaar" → "10 jaar"`. */
export function describeChange(change: Change): string {
  const { kind, subject, from, to } = change;
  if (kind === 'toegevoegd') return to === undefined ? `+ ${subject} toegevoegd` : `+ ${subject}: ${short(to)}`;
  if (kind === 'verwijderd') return from === undefined ? `- ${subject} verwijderd` : `- ${subject}: ${short(from)}`;
  const [a, b] = (from?.length ?? 0) + (to?.length ?? 0) > 120 ? changedWords(from!, to!) : [from, to];
  return `~ ${subject}: ${short(a)} → ${short(b)}`;
}

function bySection(changes: readonly Change[]): Map<string, Change[]> {
  const sections = new Map<string, Change[]>();
  for (const change of changes) sections.set(change.section, [...(sections.get(change.section) ?? []), change]);
  return sections;
}

export function diffText(changes: readonly Change[]): string {
  if (changes.length === 0) return 'Geen wijzigingen in de verwerking.\n';
  return [...bySection(changes)].map(([section, list]) => `${section}\n${list.map((c) => `  ${describeChange(c)}\n`).join('')}`).join('\n');
}

const LABEL = { toegevoegd: '**Toegevoegd**', verwijderd: '**Verwijderd**', gewijzigd: '**Gewijzigd**' } as const;

/** Ready to paste into a pull request. */
export function diffMarkdown(changes: readonly Change[]): string {
  if (changes.length === 0) return '_Geen wijzigingen in de verwerking._\n';
  const escape = (s: string) => s.replace(/[\\`*_[\]<>|]/g, '\\$&');
  return [...bySection(changes)]
    .map(([section, list]) => `### ${escape(section)}\n\n${list.map((c) => `- ${LABEL[c.kind]}: ${escape(describeChange(c).slice(2).replace(/ (toegevoegd|verwijderd)$/, ''))}\n`).join('')}`)
    .join('\n');
}

export const diffJson = (changes: readonly Change[]): string => `${JSON.stringify({ version: 1, changes }, null, 2)}\n`;

/** A proposed entry for `changes.log`, in YAML, from the changes in the processing (not those of form or checks). */
export function changelogEntry(changes: readonly Change[], date: string): string {
  const processing = changes.filter((c) => !c.presentational);
  const summary = processing.length === 0 ? 'Geen inhoudelijke wijziging.' : processing.map((c) => describeChange(c).replace(/^[+~-] /, '')).join('; ');
  return `changes:\n  log:\n    - date: ${date}\n      description: ${JSON.stringify(summary)}\n`;
}
