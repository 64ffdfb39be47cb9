/**
 * privnote's own annotation keywords in schemas/privacy-notice.schema.json. They never change what validates; the
 * semantic diff (src/diff/) and the reference docs read them. ajv runs in strict mode, so it is told about exactly
 * these (here, once, for the fallback compile in validate.ts and for scripts/compile-schema.mjs): a misspelt
 * `x-privnote-*` keyword fails the build.
 */
export const PRIVNOTE_KEYWORDS = {
  /**
   * On the item schema of a list of mappings: the property that identifies an item, so a reordered list is no change
   * and a renamed item is one removed and one added. An array lists alternatives: the first property the item has
   * (`[heading, type]`: its own heading, else its type). `*` is the item's only key (`x-privnote-ignore`).
   */
  'x-privnote-key': 'the property that identifies an item of a list (an array: the first one an item has)',
  /** The property only changes how the document looks (headings, numbering, order of sections …); the diff reports it under "Vorm en opmaak". */
  'x-privnote-presentation': 'only changes how the document looks, not what it says about the processing',
  /** The property only steers privnote's own checks (`x-privnote-ignore`); the diff reports it under "Controles van privnote". */
  'x-privnote-checks': "only steers privnote's checks, not what the document says",
  /** On an enumeration: the table of templates/texts/nl-BE.yaml (a dotted path) that holds each code's Dutch label. */
  'x-privnote-labels': 'the table in templates/texts/nl-BE.yaml with the Dutch label of each code',
  /** On a list: its order is what it says (the order of the sections), so a reordered list is a change. */
  'x-privnote-ordered': 'the order of this list is meaningful',
  /** On a section: the parts it prints besides its own properties (`dpo`, `objection`), which `blocks` may place. */
  'x-privnote-parts': 'parts of the section that are not its own properties, for `blocks`',
  /** On a property of a section: it is printed as part of another property (`fromIntro` with `from`), not on its own. */
  'x-privnote-part-of': 'printed with another property of the section, not as a part of its own',
} as const;

export type PrivnoteKeyword = keyof typeof PRIVNOTE_KEYWORDS;

/** The keyword names, for `ajv.addVocabulary`. */
export const privnoteVocabulary = Object.keys(PRIVNOTE_KEYWORDS) as PrivnoteKeyword[];
