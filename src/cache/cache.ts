import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, ItemStatus } from '../diagnostics.js';
import { sha256 } from '../hash.js';
import { packageRoot, privnoteVersion } from '../paths.js';
import { perBuild } from '../resources.js';
import { writeAtomic } from '../write/write.js';

/** Bumped when the file's shape changes: an older cache is then ignored. */
const CACHE_VERSION = 2;

interface Entry {
  key: string;
  size: number;
  mtimeMs: number;
}

/** What a document's check found, kept so that a cached rebuild still reports it (positions, not the file name). */
export interface CachedFindings {
  diagnostics: Omit<Diagnostic, 'file'>[];
  items: ItemStatus[];
}

/** The code that runs (src/ in tests, dist/src/ when installed): a changed privnote never trusts an old cache. */
const codeRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One hash over everything that shapes an output besides the document and its config: templates, texts, schemas, code. */
const resourcesHash = perBuild(() => {
  const hash = createHash('sha256').update(privnoteVersion);
  const visit = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) visit(path);
      else hash.update(relative(packageRoot, path)).update('\0').update(readFileSync(path));
    }
  };
  for (const dir of [join(packageRoot, 'templates'), join(packageRoot, 'schemas'), codeRoot]) if (existsSync(dir)) visit(dir);
  return hash.digest('hex');
});

/**
 * Where the cache of an output folder lives: in `node_modules/.cache/privnote/` of the nearest project above the
 * output folder (as babel and eslint do), else in the user's cache folder. Never in the working directory.
 */
export function cacheFile(outDir: string, dir?: string): string {
  const output = resolve(outDir);
  const name = `outputs-${sha256(output).slice(0, 16)}.json`;
  if (dir) return join(dir, name);
  for (let current = output; ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) return join(current, 'node_modules', '.cache', 'privnote', name);
    if (dirname(current) === current) break;
  }
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'privnote', name);
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null &&
  typeof (value as Entry).key === 'string' && typeof (value as Entry).size === 'number' && typeof (value as Entry).mtimeMs === 'number';

const isFindings = (value: unknown): value is CachedFindings =>
  typeof value === 'object' && value !== null &&
  Array.isArray((value as CachedFindings).diagnostics) && Array.isArray((value as CachedFindings).items) &&
  (value as CachedFindings).diagnostics.every((d) => typeof d?.line === 'number' && typeof d.message === 'string' && typeof d.ruleId === 'string');

/** The valid members of a record read from disk; anything else is dropped (and rebuilt). */
function validMembers<T>(value: unknown, valid: (member: unknown) => member is T): Record<string, T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((member): member is [string, T] => valid(member[1])));
}

/**
 * Remembers, per output file, the key it was built from and the size and time it was written with. An output whose
 * key matches and whose file is untouched is current. A cache that cannot be read or makes no sense is ignored.
 */
export class BuildCache {
  private readonly entries: Record<string, Entry>;
  private readonly findings: Record<string, CachedFindings>;
  private dirty = false;

  constructor(readonly path: string) {
    let saved: { version?: number; entries?: unknown; findings?: unknown } = {};
    try {
      saved = JSON.parse(readFileSync(path, 'utf8')) ?? {};
    } catch {
      // No cache yet, or an unreadable one: everything is rebuilt.
    }
    const current = saved.version === CACHE_VERSION;
    this.entries = current ? validMembers(saved.entries, isEntry) : {};
    this.findings = current ? validMembers(saved.findings, isFindings) : {};
  }

  /**
   * The key of a document's outputs: privnote's own files, the input's path and text, its config, the options that
   * change an output and SOURCE_DATE_EPOCH (the date of a PDF without a version date).
   */
  static key(file: string, text: string, config: string, options: string): string {
    return sha256([resourcesHash(), resolve(file), text, config, options, process.env.SOURCE_DATE_EPOCH ?? ''].join('\0'));
  }

  /** The findings of a document built from `key`, if its outputs are all current. */
  current(key: string, file: string, outputs: string[]): { diagnostics: Diagnostic[]; items: ItemStatus[] } | undefined {
    const found = this.findings[key];
    if (!found || !outputs.every((output) => this.isCurrent(output, key))) return undefined;
    return { diagnostics: found.diagnostics.map((d) => ({ ...d, file })), items: found.items };
  }

  remember(key: string, { diagnostics, items }: { diagnostics: Diagnostic[]; items: ItemStatus[] }): void {
    this.findings[key] = { diagnostics: diagnostics.map(({ file: _file, ...rest }) => rest), items };
    this.dirty = true;
  }

  private isCurrent(output: string, key: string): boolean {
    const entry = this.entries[resolve(output)];
    if (!entry || entry.key !== key) return false;
    try {
      const stat = statSync(output);
      return stat.isFile() && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs;
    } catch {
      return false;
    }
  }

  record(output: string, key: string): void {
    const stat = statSync(output);
    this.entries[resolve(output)] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
    this.dirty = true;
  }

  /** Written atomically: a link planted at the cache's path is replaced, never followed. */
  save(): void {
    if (!this.dirty) return;
    // Findings of sources that no output was built from any more are dropped, so the file does not grow forever.
    const keys = new Set(Object.values(this.entries).map((entry) => entry.key));
    const findings = Object.fromEntries(Object.entries(this.findings).filter(([key]) => keys.has(key)));
    writeAtomic(this.path, `${JSON.stringify({ version: CACHE_VERSION, entries: this.entries, findings })}\n`);
    this.dirty = false;
  }
}
