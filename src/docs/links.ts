import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { packageRoot } from '../paths.js';
import { ruleIds } from '../rules/index.js';
import { checkIds } from './checks.js';

/** docs/rules/ of privnote's own installation (shipped with the package: package.json `files`). */
export const rulesDocsDir = join(packageRoot, 'docs', 'rules');

/** The page listing every id: where an id without a page of its own links (a schema keyword without its own message). */
export const INDEX_PAGE = 'README';

const pages = new Set([...ruleIds, ...checkIds]);

/**
 * Where the page explaining a diagnostic is. With `docs` (privnote.config.yaml, for an organisation that publishes the
 * docs): that URL with `{id}` replaced. Else the page in privnote's installation, as an absolute path: it works
 * offline, wherever privnote is installed, and describes the installed version.
 */
export function docsLink(ruleId: string, docs?: string): string {
  const page = pages.has(ruleId) ? ruleId : INDEX_PAGE;
  return docs ? docs.replaceAll('{id}', page) : join(rulesDocsDir, `${page}.md`);
}

/**
 * The diagnostics with their page (`url`); `docsFor` gives the `docs` setting of the config that applies to a file,
 * asked once per file (finding a file's config walks up its folders).
 */
export function withDocsLinks(diagnostics: readonly Diagnostic[], docsFor: (file: string) => string | undefined): Diagnostic[] {
  const docs = new Map<string, string | undefined>();
  return diagnostics.map((d) => {
    if (!docs.has(d.file)) docs.set(d.file, docsFor(d.file));
    return { ...d, url: docsLink(d.ruleId, docs.get(d.file)) };
  });
}
