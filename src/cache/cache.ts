import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic, ItemStatus } from '../diagnostics.js';
import { sha256 } from '../hash.js';
import { readRegularFile } from '../load/read.js';
import { packageRoot, privnoteVersion, runningCode } from '../paths.js';
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

/** One hash over everything that shapes an output besides the document and its config: templates, texts, schemas, code. */
const resourcesHash = perBuild(() => {
  const hash = createHash('sha256').update(privnoteVersion);
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) readdirSync(path).sort((a, b) => a.localeCompare(b)).forEach((name) => visit(join(path, name)));
    else hash.update(relative(packageRoot, path)).update('\0').update(readFileSync(path));
  };
  // The code that runs too: a changed privnote never trusts an old cache.
  for (const path of [join(packageRoot, 'templates'), join(packageRoot, 'schemas'), runningCode]) if (existsSync(path)) visit(path);
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;
const SEVERITIES: unknown[] = ['error', 'warning', 'info'];
const STATUSES: unknown[] = ['aanwezig', 'ontbreekt', 'n.v.t.', 'niet vermeld', 'uit', 'genegeerd'];

const isEntry = (value: unknown): value is Entry =>
  isObject(value) && typeof value.key === 'string' && typeof value.size === 'number' && typeof value.mtimeMs === 'number';

const isDiagnostic = (d: unknown) =>
  isObject(d) && typeof d.line === 'number' && typeof d.column === 'number' && SEVERITIES.includes(d.severity) &&
  typeof d.ruleId === 'string' && typeof d.message === 'string' && (d.path === undefined || Array.isArray(d.path));

const isItem = (i: unknown) =>
  isObject(i) && typeof i.ruleId === 'string' && typeof i.item === 'string' && STATUSES.includes(i.status) &&
  optional(i.line, 'number') && optional(i.reason, 'string');

const isFindings = (value: unknown): value is CachedFindings =>
  isObject(value) && Array.isArray(value.diagnostics) && Array.isArray(value.items) &&
  value.diagnostics.every(isDiagnostic) && value.items.every(isItem);

/** The valid members of a record read from disk; anything else is dropped (and rebuilt). */
function validMembers<T>(value: unknown, valid: (member: unknown) => member is T): Record<string, T> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((member): member is [string, T] => valid(member[1])));
}

/** A cache of thousands of documents is a few megabytes; a larger file is not one privnote wrote. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Remembers, per output file, the key it was built from and the size and time it was written with. An output whose
 * key matches and whose file is untouched is current. A cache that cannot be read or makes no sense is ignored.
 */
export class BuildCache {
  private readonly entries: Record<string, Entry>;
  private readonly findings: Record<string, CachedFindings>;
  private dirty = false;

  constructor(readonly path: string) {
    let saved: unknown;
    try {
      // A regular file only: a link planted at the path is not followed, a FIFO there does not block the build.
      saved = JSON.parse(readRegularFile(path, { maxBytes: MAX_CACHE_BYTES, followLinks: false }).toString('utf8'));
    } catch {
      // No cache yet, or one that cannot be read or parsed: everything is rebuilt.
    }
    const current = isObject(saved) && saved.version === CACHE_VERSION ? saved : {};
    this.entries = validMembers(current.entries, isEntry);
    this.findings = validMembers(current.findings, isFindings);
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

  /** Notes an output just written; one that cannot be looked at any more (removed meanwhile) is simply not current. */
  record(output: string, key: string): void {
    this.dirty = true;
    try {
      const stat = statSync(output);
      this.entries[resolve(output)] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      delete this.entries[resolve(output)];
    }
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
