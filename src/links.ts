/**
 * The link targets that become links in a published notice, in every format: the web, an e-mail address, a phone
 * number, a place in the document. Anything else an author writes as a link stays visible text (the renderer) and is
 * reported (the `url-scheme` rule): one definition for both.
 */
export const isAllowedLink = (url: string): boolean => /^(?:https?:|mailto:|tel:|#)/i.test(url.trim());

/**
 * Where a web address written in a field links to: as written with http:// or https://, with https:// before an
 * address written `www.example.be` (the schema allows both); anything else links nowhere.
 */
export const webHref = (url: unknown): string | undefined => {
  const written = String(url ?? '').trim();
  return /^https?:\/\//i.test(written) ? written : /^www\./i.test(written) ? `https://${written}` : undefined;
};
