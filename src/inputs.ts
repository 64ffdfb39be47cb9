import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { CONFIG_NAME } from './config/config.js';
import type { Diagnostic } from './diagnostics.js';
import { UsageError } from './errors.js';
import { notAFile, readProblem } from './load/read.js';
import { msg, said, type Message } from './messages/message.js';

/** A directory's notices: its YAML files, except privnote's own config file. */
const isNotice = (name: string) => /\.ya?ml$/i.test(name) && name !== CONFIG_NAME;

export interface Inputs {
  files: string[];
  /** Entries of a directory that look like notices but are not regular files (a folder, a FIFO, a broken link). */
  diagnostics: Diagnostic[];
}

const problem = (file: string, severity: Diagnostic['severity'], ruleId: string, message: Message): Diagnostic =>
  ({ file, line: 0, column: 0, severity, ruleId, ...said(message) });

/**
 * Files stay as given; a directory stands for the regular *.yaml / *.yml files directly inside it (not the config),
 * sorted. Anything else there with such a name is reported by name and skipped, never read; a directory that cannot
 * be listed is reported too. A file named twice (`a.yaml`, `./a.yaml`) is read once.
 */
export function expandInputs(inputs: readonly string[]): Inputs {
  if (inputs.length === 0) throw new UsageError(msg('cli.no-input'));
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const add = (file: string) => {
    if (!files.has(resolve(file))) files.set(resolve(file), file);
  };
  for (const input of inputs) {
    const info = statOrUndefined(input);
    if (!info) {
      // A link to nothing is there, but cannot be read: the reader says so, for that file.
      if (isLink(input)) add(input);
      else throw new UsageError(msg('cli.input-not-found', { input }));
      continue;
    }
    if (!info.isDirectory()) {
      // privnote's own config, named as an input, is not a notice: said so, instead of asking it for a title.
      if (basename(input) === CONFIG_NAME) diagnostics.push(problem(input, 'error', 'input-config', msg('input.config-as-notice', { name: CONFIG_NAME })));
      else add(input);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(input).filter(isNotice).sort();
    } catch (error) {
      diagnostics.push(problem(input, 'error', 'read-error', msg('input.folder-unreadable', { reason: readProblem(error) })));
      continue;
    }
    for (const name of names) {
      const path = join(input, name);
      const entry = statOrUndefined(path);
      const kind = entry ? notAFile(entry) : msg('kind.dangling-link');
      if (kind) diagnostics.push(problem(path, 'warning', 'input-skipped', msg('input.skipped', { kind })));
      else add(path);
    }
    if (names.length === 0) throw new UsageError(msg('cli.no-yaml-in-folder', { dir: input }));
  }
  return { files: [...files.values()], diagnostics };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * `examples/ocmw-leuven.yaml` → `ocmw-leuven`. Two inputs may not claim the same output name: the first keeps it, a
 * later one is an error of that file (and is not built), so the others still are.
 */
export function outputNames(files: readonly string[]): { names: Map<string, string>; diagnostics: Diagnostic[] } {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const name = basename(file, extname(file));
    const owner = owners.get(name);
    if (owner) {
      diagnostics.push(problem(file, 'error', 'output-conflict', msg('input.output-conflict', { owner, name })));
      continue;
    }
    owners.set(name, file);
    names.set(file, name);
  }
  return { names, diagnostics };
}
