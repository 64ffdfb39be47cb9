import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { checks } from '../docs/checks.js';
import { docsLink } from '../docs/links.js';
import { packageRoot, privnoteVersion } from '../paths.js';
import { rules } from '../rules/index.js';
import { relativeInside } from './inside.js';
import { printableJson } from './printable.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** What SARIF says about an id: its description, and the provision a legal rule checks. */
const described = new Map<string, { severity: Diagnostic['severity']; description: { nl: string }; reference?: string }>(
  [...rules, ...checks].map((r) => [r.id, r] as const),
);

/** A URI for a page: a URL as it is, a path as a file: URL. */
const uriOf = (page: string) => (/^[a-z][a-z\d+.-]+:/i.test(page) ? page : pathToFileURL(page).href);

const asDirectory = (uri: string) => (uri.endsWith('/') ? uri : `${uri}/`);

/**
 * A file as SARIF names it: relative to the working directory (`%SRCROOT%`, which GitHub code scanning maps onto the
 * repository), its segments percent-encoded; a file outside it as an absolute file: URL.
 */
function artifactLocation(file: string, cwd: string) {
  const inside = relativeInside(cwd, file);
  if (inside === undefined) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The rule a result refers to: its description, page and default level (an id without a description shows as itself). */
function ruleDescriptor(id: string, page: string) {
  const known = described.get(id);
  return {
    id,
    shortDescription: { text: known?.description.nl ?? id },
    ...(known?.reference ? { fullDescription: { text: `${known.description.nl} (${known.reference})` } } : {}),
    helpUri: uriOf(page),
    defaultConfiguration: { level: LEVEL[known?.severity ?? 'error'] },
  };
}

/**
 * SARIF 2.1.0 (`--reporter sarif`), for GitHub code scanning and other viewers: one run of privnote, the rules that
 * have results (sorted by id), one result per diagnostic in the report's order. A finding about a whole file (line 0)
 * has no region. Columns count UTF-16 code units, as privnote's do. The same diagnostics give the same text.
 */
export function sarifReport(diagnostics: readonly Diagnostic[], { cwd }: { cwd: string }): string {
  const pages = new Map<string, string>();
  for (const d of diagnostics) if (!pages.has(d.ruleId)) pages.set(d.ruleId, d.url ?? docsLink(d.ruleId));
  const ids = [...pages.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privnote',
            version: privnoteVersion,
            semanticVersion: privnoteVersion,
            informationUri: pathToFileURL(join(packageRoot, 'README.md')).href,
            rules: ids.map((id) => ruleDescriptor(id, pages.get(id)!)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: asDirectory(pathToFileURL(cwd).href) } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: index.get(d.ruleId)!,
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(d.file, cwd),
                ...(d.line > 0 ? { region: { startLine: d.line, ...(d.column > 0 ? { startColumn: d.column } : {}) } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return `${printableJson(JSON.stringify(log, null, 2))}\n`;
}
