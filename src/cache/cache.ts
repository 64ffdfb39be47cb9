import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { sha256 } from '../hash.js';
import { packageRoot, privnoteVersion } from '../paths.js';
import type { ItemStatus } from '../rules/run.js';

interface Entry {
  key: string;
  size: number;
  mtimeMs: number;
}

/** What a document's check found, kept so that a cached rebuild still reports it. */
export interface CachedFindings {
  diagnostics: Diagnostic[];
  items: ItemStatus[];
}

let resources: string | undefined;

/** One hash over everything that shapes an output besides the document: templates, schemas, privnote itself. */
function resourcesHash(): string {
  if (resources) return resources;
  const hash = createHash('sha256').update(privnoteVersion);
  const visit = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) visit(path);
      else hash.update(relative(packageRoot, path)).update(readFileSync(path));
    }
  };
  for (const dir of ['templates', 'schemas', 'dist/src']) if (existsSync(join(packageRoot, dir))) visit(join(packageRoot, dir));
  resources = hash.digest('hex');
  return resources;
}

/**
 * Remembers, per output file, the key it was built from (source, config, options, templates, privnote version) and
 * the size and time it was written with. An output whose key matches and whose file is untouched is current.
 */
export class BuildCache {
  private readonly path: string;
  private readonly entries: Record<string, Entry>;
  private readonly findings: Record<string, CachedFindings>;
  private dirty = false;

  constructor(dir = '.privnote-cache') {
    this.path = join(dir, 'outputs.json');
    try {
      const saved = JSON.parse(readFileSync(this.path, 'utf8')) as { entries: Record<string, Entry>; findings: Record<string, CachedFindings> };
      [this.entries, this.findings] = [saved.entries, saved.findings];
    } catch {
      [this.entries, this.findings] = [{}, {}];
    }
  }

  /** The findings of a document built from `key`, if its outputs are all current. */
  current(key: string, outputs: string[]): CachedFindings | undefined {
    const found = this.findings[key];
    return found && outputs.every((output) => this.isCurrent(output, key)) ? found : undefined;
  }

  remember(key: string, findings: CachedFindings): void {
    this.findings[key] = findings;
    this.dirty = true;
  }

  static key(...parts: string[]): string {
    return sha256([resourcesHash(), ...parts].join('\0'));
  }

  isCurrent(output: string, key: string): boolean {
    const entry = this.entries[resolve(output)];
    if (!entry || entry.key !== key || !existsSync(output)) return false;
    const stat = statSync(output);
    return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs;
  }

  record(output: string, key: string): void {
    const stat = statSync(output);
    this.entries[resolve(output)] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(join(this.path, '..'), { recursive: true });
    // Findings of sources that no output was built from any more are dropped, so the file does not grow forever.
    const keys = new Set(Object.values(this.entries).map((entry) => entry.key));
    const findings = Object.fromEntries(Object.entries(this.findings).filter(([key]) => keys.has(key)));
    writeFileSync(this.path, `${JSON.stringify({ version: 1, entries: this.entries, findings })}\n`);
  }
}
