/**
 * The link targets that become links in a published notice, in every format: the web, an e-mail address, a phone
 * number, a place in the document. Anything else an author writes as a link stays visible text (the renderer) and is
 * reported (the `url-scheme` rule): one definition for both.
 */
export const isAllowedLink = (url: string): boolean => /^(?:https?:|mailto:|tel:|#)/i.test(url.trim());
