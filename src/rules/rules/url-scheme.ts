import { msg } from '../../messages/message.js';
import { isAllowedLink } from '../../links.js';
import { defineRule } from '../rule.js';
import { finder, isSpace, offsetsInOrder } from '../scan.js';

const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** `[a-z0-9+.-]` without regard to case. */
const isSchemeChar = (c: number) => isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;

/**
 * The targets of Markdown links and autolinks in free text, `[tekst](adres)` and `<adres>`, in order: what
 * `/\]\(\s*<?([^\s>]+?)>?\)(?!\))|<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi` finds (group 1 or 2). Written out so that it stays
 * linear in the text: the expression scanned to the end of a long word again from each "](" or "<a:" in it.
 */
export function linkTargets(text: string): string[] {
  const n = text.length;
  const at = (i: number) => text.charCodeAt(i);
  /** The first space or ">" from an index: where a target ends at the latest. */
  const nextStop = finder(text, /[\s>]/g);
  /** Where `>?\)(?!\))` matches: ")" not followed by another, or ">)" not followed by another. */
  const nextClose = finder(text, /[)>]/g, (i) => (at(i) === 0x3e ? at(i + 1) === 0x29 && at(i + 2) !== 0x29 : at(i + 1) !== 0x29));

  /** `([^\s>]+?)>?\)(?!\))` from `t`: the shortest target that a closing follows; the index past the match. */
  const target = (t: number): [string, number] | undefined => {
    if (t >= n || at(t) === 0x3e || isSpace(at(t))) return undefined;
    const close = nextClose(t + 1);
    if (close >= n || close > nextStop(t)) return undefined;
    return [text.slice(t, close), close + (at(close) === 0x3e ? 2 : 1)];
  };
  /**
   * `](` then spaces, then the target, with or without a "<" before it. When none follows a "](", none follows any
   * other "](" before the next space or ">" either (they would look through the same stretch): those are skipped.
   */
  let noLinkBefore = -1;
  const link = (i: number) => {
    if (i + 2 < noLinkBefore) return undefined;
    let k = i + 2;
    while (k < n && isSpace(at(k))) k++;
    const found = (at(k) === 0x3c ? target(k + 1) : undefined) ?? target(k);
    if (!found) noLinkBefore = nextStop(k);
    return found;
  };
  /** `<scheme:…>` */
  const autolink = (i: number): [string, number] | undefined => {
    if (!isAlpha(at(i + 1))) return undefined;
    let j = i + 2;
    while (isSchemeChar(at(j))) j++;
    if (at(j) !== 0x3a) return undefined;
    const end = nextStop(j + 1);
    return at(end) === 0x3e ? [text.slice(i + 1, end), end + 1] : undefined;
  };

  const targets: string[] = [];
  for (let i = 0; i < n; ) {
    const c = at(i);
    const found = c === 0x5d && at(i + 1) === 0x28 ? link(i) : c === 0x3c ? autolink(i) : undefined;
    if (found) {
      targets.push(found[0]);
      i = found[1];
    } else {
      i++;
    }
  }
  return targets;
}

/**
 * A reference definition `[x]: adres` at the start of a line: the renderer does not support them, so neither the
 * definition nor the links to it become links. Linear: a line start is tried once, and each repeat is bounded.
 */
const REFERENCE = /^[ \t]{0,3}\[[^\]\n]{1,512}\]:[ \t]*<?([^\s>]{1,2048})/gm;

export default defineRule({
  id: 'url-scheme',
  severity: 'error',
  description: {
    nl: 'Links in vrije tekst gaan naar http://, https://, mailto:, tel: of een #anker in de verklaring, nooit naar javascript:, data: of een bestand; verwijzingen als `[x]: adres` worden geen link.',
    en: 'Links in free text use http, https, mailto, tel or an #anchor only; reference definitions do not become links.',
  },
  reference: 'Veiligheid van de gepubliceerde verklaring',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      const offsetOf = offsetsInOrder(value);
      for (const target of value.includes('](') || value.includes('<') ? linkTargets(value) : []) {
        const offset = offsetOf(target);
        if (!isAllowedLink(target)) report({ path, offset, message: msg('rule.url-scheme.scheme', { target }) });
      }
      for (const reference of value.includes(']:') ? value.matchAll(REFERENCE) : []) {
        const target = reference[1]!;
        report({ path, offset: reference.index, message: msg('rule.url-scheme.reference', { target }) });
      }
    }
  },
});
