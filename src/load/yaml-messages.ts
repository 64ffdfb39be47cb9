import type { ErrorCode, YAMLError } from 'yaml';
import { msg, type Message } from '../messages/message.js';

/** What a message may quote from the source: the text at the error, the line it stands on, and the rest of that line. */
interface At {
  /** The word at the error's offset (up to a space), shortened. */
  token: string;
  /** The line of the error, up to the error's offset. */
  before: string;
  /** The rest of the line, from the error's offset. */
  after: string;
  /** The next line that is not empty, if any. */
  next: string | undefined;
}

type Phrase = Message | ((at: At) => Message);

/**
 * The message of every error code of the `yaml` package (node_modules/yaml/dist/errors.d.ts), by the library's own
 * message where one code covers several mistakes (MISSING_CHAR: a closing quote, a comma, a space …), with one for the
 * code as a whole last. Each says what is wrong and how to write it instead (texts in src/messages/). The library's
 * English text is only matched, never shown, also for a code this table does not know (a newer `yaml`).
 */
const MESSAGES: Record<ErrorCode, [RegExp | undefined, Phrase][]> = {
  ALIAS_PROPS: [[undefined, msg('yaml.alias-props')]],
  BAD_ALIAS: [
    [/^Anchor cannot be an empty/, msg('yaml.anchor-empty')],
    [/^Alias cannot be an empty/, msg('yaml.alias-empty')],
    [/ending in : is ambiguous/, msg('yaml.alias-colon')],
    [undefined, msg('yaml.bad-alias')],
  ],
  BAD_DIRECTIVE: [
    [/^Unknown directive/, ({ token }) => msg('yaml.unknown-directive', { token })],
    [/^Unsupported YAML version/, ({ token }) => msg('yaml.yaml-version', { token })],
    [/^%YAML directive/, msg('yaml.yaml-directive')],
    [/^%TAG directive/, msg('yaml.tag-directive')],
    [undefined, msg('yaml.bad-directive')],
  ],
  BAD_DQ_ESCAPE: [
    [undefined, ({ after }) => msg('yaml.bad-escape', { escape: after.slice(0, 2) })],
  ],
  BAD_INDENT: [
    [/mapping items must start at the same column/, msg('yaml.map-indent')],
    [/sequence items must start at the same column/, msg('yaml.seq-indent')],
    [/^Block scalar values in collections must be indented/, msg('yaml.block-scalar-indent')],
    [/^Flow sequence in block collection/, msg('yaml.flow-seq-indent')],
    [/^Flow map in block collection/, msg('yaml.flow-map-indent')],
    [/^Flow end indicator/, msg('yaml.flow-end-indent')],
    [undefined, msg('yaml.bad-indent')],
  ],
  BAD_PROP_ORDER: [[undefined, ({ token }) => msg('yaml.prop-order', { token })]],
  BAD_SCALAR_START: [[undefined, ({ after }) => msg('yaml.scalar-start', { char: after[0] ?? '' })]],
  BLOCK_AS_IMPLICIT_KEY: [[/^Nested mappings/, nestedMapping], [undefined, msg('yaml.collection-key')]],
  BLOCK_IN_FLOW: [
    [undefined, msg('yaml.block-in-flow')],
  ],
  DUPLICATE_KEY: [[undefined, ({ after }) => msg('yaml.duplicate-key', { key: keyOf(after) })]],
  IMPOSSIBLE: [[undefined, msg('yaml.impossible')]],
  KEY_OVER_1024_CHARS: [
    [undefined, msg('yaml.long-key')],
  ],
  MISSING_CHAR: [
    [/^Missing closing "quote/, msg('yaml.unclosed-double')],
    [/^Missing closing 'quote/, msg('yaml.unclosed-single')],
    [/^Missing , (or : )?between flow sequence/, msg('yaml.flow-seq-comma')],
    [/^Missing , (or : )?between flow map/, msg('yaml.flow-map-comma')],
    [/^Missing space after :/, msg('yaml.flow-map-space')],
    [/^Comments must be separated/, msg('yaml.comment-space')],
    [/^Implicit map keys need to be followed by map values/, msg('yaml.missing-colon')],
    [/^Sequence item without - indicator/, msg('yaml.missing-dash')],
    [/^Missing directives-end/, msg('yaml.directives-end')],
    [/^Tags and anchors must be separated/, msg('yaml.props-space')],
    [/^Missing newline after block sequence props/, msg('yaml.seq-props-newline')],
    [/^Block collection cannot start on same line with directives-end/, msg('yaml.directives-end-line')],
    [/^Block scalars with more-indented leading empty lines/, msg('yaml.block-scalar-empty-lines')],
    [/^Flow sequence must end/, msg('yaml.flow-seq-end')],
    [/^Flow map must end/, msg('yaml.flow-map-end')],
    [undefined, msg('yaml.missing-char')],
  ],
  MULTILINE_IMPLICIT_KEY: [
    [/flow sequence pairs/, msg('yaml.flow-pair-line')],
    [undefined, msg('yaml.multiline-key')],
  ],
  MULTIPLE_ANCHORS: [[undefined, msg('yaml.multiple-anchors')]],
  MULTIPLE_DOCS: [
    [undefined, msg('yaml.multiple-docs')],
  ],
  MULTIPLE_TAGS: [[undefined, msg('yaml.multiple-tags')]],
  NON_STRING_KEY: [[undefined, msg('yaml.non-string-key')]],
  RESOURCE_EXHAUSTION: [
    [undefined, msg('yaml.resource-exhaustion')],
  ],
  TAB_AS_INDENT: [[undefined, msg('yaml.tab-indent')]],
  TAG_RESOLVE_FAILED: [
    [undefined, ({ token }) => msg('yaml.tag-unresolved', { token })],
  ],
  UNEXPECTED_TOKEN: [
    [/^Block scalar header includes extra characters/, msg('yaml.block-header')],
    [/^Unexpected block-seq-ind on same line with key/, msg('yaml.seq-on-key-line')],
    [/^Unexpected (,|empty item) in/, msg('yaml.extra-comma')],
    [/^Unexpected doc-end/, msg('yaml.doc-end')],
    [/at node end$/, afterValue],
    [/^Unexpected flow-(seq|map)-end/, ({ token }) => msg('yaml.unmatched-close', { char: token[0] ?? '' })],
    [undefined, ({ token }) => msg('yaml.unexpected', { token })],
  ],
  BAD_COLLECTION_TYPE: [[undefined, ({ token }) => msg('yaml.collection-tag', { token })]],
};

/** The Dutch message for an error or warning of the `yaml` package, quoting the source where that helps. */
export function yamlMessage(error: YAMLError, text: string): Message {
  const entries = MESSAGES[error.code] as [RegExp | undefined, Phrase][] | undefined;
  const phrase = entries?.find(([pattern]) => !pattern || pattern.test(error.message))?.[1];
  // The library's English text is never shown: a code this table does not know gets a Dutch message naming the code.
  if (phrase === undefined) return msg('yaml.unknown-code', { code: error.code });
  return typeof phrase === 'function' ? phrase(at(text, error.pos[0])) : phrase;
}

/** The codes this module gives a Dutch message, for tests and docs. */
export const mappedCodes = Object.keys(MESSAGES) as ErrorCode[];

function at(text: string, offset: number): At {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const after = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const next = lineEnd < 0 ? undefined : text.slice(lineEnd + 1).split('\n').find((line) => line.trim() !== '');
  return { token: shorten(/^\S*/.exec(after)![0]), before: text.slice(lineStart, offset), after, next: next?.replace(/\r$/, '') };
}

const shorten = (word: string) => (word.length > 40 ? `${word.slice(0, 39)}…` : word);

/** The key written at the start of `text` (up to its colon). */
export const keyOf = (text: string): string => /^\s*["']?([^"':\n]*)/.exec(text)![1]!.trim();

/**
 * "Nested mappings are not allowed in compact mappings": a second ": " after a key's value. On the same line
 * (`title: Privacy: zo werkt het`) it is a text with a colon, to be quoted; with nothing more on the line, the next
 * line is a field indented under a key that already has a text (`name: Foo` with `  city: Gent` below it).
 */
function nestedMapping({ before, after, next }: At): Message {
  const key = keyOf(before.replace(/^\s*-\s+/, ''));
  const value = after.trim();
  if (/:(\s|$)/.test(value)) {
    const quoted = !value.includes('"') ? `"${value}"` : !value.includes("'") ? `'${value}'` : undefined;
    return msg('yaml.nested-same-line', { example: quoted && key ? `${key}: ${shorten(quoted)}` : '' });
  }
  const field = next ? keyOf(next) : '';
  const indent = (line: string) => /^[\s-]*/.exec(line)![0].length;
  if (!field || !key || !value || indent(next!) <= indent(before)) {
    return msg('yaml.nested-no-field');
  }
  return msg('yaml.nested-indent', { field, key, value: shorten(value) });
}

/**
 * "Unexpected scalar at node end": more on the line after a value that has ended. Mostly a quote inside a quoted text
 * (`'foto's'`: the second ' ends the text), else text after a closing quote or bracket, or a line that is not indented
 * under the "|" it belongs to.
 */
function afterValue({ token, before }: At): Message {
  if (/^\s*("|')/.test(before.replace(/^[^:]*:\s+|^\s*-\s+/, '')) && /["']$/.test(before)) {
    return before.endsWith("'") ? msg('yaml.quote-in-single') : msg('yaml.quote-in-double');
  }
  return msg('yaml.after-value', { token });
}
