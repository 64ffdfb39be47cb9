import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRef, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';

/** The structure types of PDF 1.7 (ISO 32000-1 14.8.4): the only ones PDF/UA-1 accepts without a /RoleMap. */
const STANDARD = new Set(
  ('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form').split(' '),
);
/** PDF 2.0 types Chromium writes into its PDF 1.7 files, and the PDF 1.7 type that says the same. */
const PDF2_ROLES: Record<string, string> = { Strong: 'Span', Em: 'Span', Aside: 'Div' };
/** What a term of a description list may hold: Chromium tags `<dt>` content as these. */
const PHRASING = new Set(['NonStruct', 'Span', 'Strong', 'Em', 'Code', 'Link']);

interface Element {
  ref: PDFRef;
  dict: PDFDict;
}

const S = PDFName.of('S');
const K = PDFName.of('K');
const P = PDFName.of('P');
const typeOf = (element: Element) => (element.dict.get(S) as PDFName).decodeText();

/** The kids of a structure element, as written: element references, marked-content ids, content references. */
function kidsOf(dict: PDFDict): PDFObject[] {
  const kids = dict.get(K);
  return kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
}

/** The kids that are structure elements, or none when the element also holds content of its own. */
function elementKids(context: PDFContext, dict: PDFDict): Element[] | undefined {
  const elements: Element[] = [];
  for (const kid of kidsOf(dict)) {
    const value = kid instanceof PDFRef ? context.lookup(kid) : undefined;
    if (!(value instanceof PDFDict) || !value.has(S)) return undefined;
    elements.push({ ref: kid as PDFRef, dict: value });
  }
  return elements;
}

/** Every structure element, depth first. */
function elements(document: PDFDocument): Element[] {
  const { context } = document;
  const all: Element[] = [];
  const visit = (element: Element) => {
    all.push(element);
    for (const kid of kidsOf(element.dict)) {
      const value = kid instanceof PDFRef ? context.lookup(kid) : undefined;
      if (value instanceof PDFDict && value.has(S)) visit({ ref: kid as PDFRef, dict: value });
    }
  };
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  for (const kid of kidsOf(root)) if (kid instanceof PDFRef) visit({ ref: kid, dict: context.lookup(kid, PDFDict) });
  return all;
}

/** A new element of `type` under `parent`, holding `kids` (which move into it). */
function wrap(context: PDFContext, type: string, parent: PDFRef, kids: Element[]): PDFRef {
  const ref = context.register(context.obj({ Type: 'StructElem', S: type, P: parent, K: kids.map((kid) => kid.ref) }));
  for (const kid of kids) kid.dict.set(P, ref);
  return ref;
}

/**
 * Chromium tags `<dl>`, `<dt>` and `<dd>` as nested NonStruct and names them nowhere (ARIA roles that would make it
 * write a list are invalid on them), so a description list is known by its shape: a NonStruct of pairs, a term that
 * holds only phrasing, then its description. It becomes a list: L, an LI per pair, the term its Lbl, the description
 * its LBody. test/pdf-ua.test.ts counts the lists and items against the HTML's.
 */
function tagDescriptionLists(context: PDFContext, all: Element[]): void {
  for (const list of all.filter((e) => typeOf(e) === 'NonStruct')) {
    const kids = elementKids(context, list.dict);
    if (!kids || kids.length < 2 || kids.length % 2 !== 0 || !kids.every((kid) => typeOf(kid) === 'NonStruct')) continue;
    const terms = kids.filter((_, i) => i % 2 === 0);
    const isTerm = (term: Element) => elementKids(context, term.dict)?.every((kid) => PHRASING.has(typeOf(kid)));
    if (!terms.every(isTerm) || !kids.every((kid) => kidsOf(kid.dict).length > 0)) continue;
    list.dict.set(S, PDFName.of('L'));
    const items = terms.map((term, i) => {
      const description = kids[2 * i + 1]!;
      term.dict.set(S, PDFName.of('Lbl'));
      description.dict.set(S, PDFName.of('LBody'));
      return wrap(context, 'LI', list.ref, [term, description]);
    });
    list.dict.set(K, context.obj(items));
  }
}

/**
 * Chromium gives a list item its marker (Lbl) and then its content: the content goes into the LBody PDF/UA-1 needs.
 * A bullet is drawn, not written: once an artifact it leaves an empty Lbl, which goes (the list says it has bullets).
 */
function addListBodies(context: PDFContext, all: Element[]): void {
  for (const item of all.filter((e) => typeOf(e) === 'LI')) {
    const kids = elementKids(context, item.dict);
    if (!kids) continue;
    const labels = kids.filter((kid) => typeOf(kid) === 'Lbl' && kidsOf(kid.dict).length > 0);
    const content = kids.filter((kid) => typeOf(kid) !== 'Lbl');
    if (content.length === 0 || (content.length === 1 && typeOf(content[0]!) === 'LBody')) continue;
    item.dict.set(K, context.obj([...labels.map((label) => label.ref), wrap(context, 'LBody', item.ref, content)]));
  }
}

/** Every type that is not standard PDF 1.7 is mapped to one that is: its PDF 1.7 equivalent, else NonStruct. */
function mapRoles(document: PDFDocument, all: Element[]): void {
  const nonStandard = [...new Set(all.map(typeOf))].filter((type) => !STANDARD.has(type)).sort();
  if (nonStandard.length === 0) return;
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const roles = Object.fromEntries(nonStandard.map((type) => [type, PDF2_ROLES[type] ?? 'NonStruct']));
  root.set(PDFName.of('RoleMap'), document.context.obj(roles));
}

/** The structure tree as PDF/UA-1 wants it (ISO 14289-1 7.1, 7.6; ISO 32000-1 14.8.4.3.3 for lists). */
export function fixStructureTree(document: PDFDocument): void {
  tagDescriptionLists(document.context, elements(document));
  const all = elements(document);
  addListBodies(document.context, all);
  mapRoles(document, all);
}

/** The value of `key` in a number tree (ISO 32000-1 7.9.7). */
function numberTreeValue(context: PDFContext, node: PDFDict, key: number): PDFObject | undefined {
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i < nums.size(); i += 2) if ((nums.get(i) as PDFNumber).asNumber() === key) return context.lookup(nums.get(i + 1));
  for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
    const value = numberTreeValue(context, context.lookup(kid, PDFDict), key);
    if (value) return value;
  }
  return undefined;
}

/** Takes marked content of a page out of the structure tree (its element and the parent tree): it is an artifact now. */
export function untagContent(document: PDFDocument, page: PDFRef, pageDict: PDFDict, mcids: number[]): void {
  if (mcids.length === 0) return;
  const { context } = document;
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const key = pageDict.lookup(PDFName.of('StructParents'), PDFNumber).asNumber();
  const parents = numberTreeValue(context, root.lookup(PDFName.of('ParentTree'), PDFDict), key) as PDFArray;
  for (const mcid of mcids) {
    const element = context.lookup(parents.get(mcid), PDFDict);
    const elementPage = element.get(PDFName.of('Pg'));
    const isThis = (kid: PDFObject) => {
      const value = kid instanceof PDFRef ? context.lookup(kid) : kid;
      if (value instanceof PDFNumber) return value.asNumber() === mcid && elementPage === page;
      return value instanceof PDFDict && value.get(PDFName.of('MCID')) instanceof PDFNumber && value.lookup(PDFName.of('MCID'), PDFNumber).asNumber() === mcid && (value.get(PDFName.of('Pg')) ?? elementPage) === page;
    };
    element.set(K, context.obj(kidsOf(element).filter((kid) => !isThis(kid))));
    parents.set(mcid, PDFNull);
  }
}
