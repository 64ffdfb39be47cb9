import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CONFIG_NAME } from './config/config.js';
import type { Diagnostic } from './diagnostics.js';
import { UsageError } from './errors.js';
import { notAFile } from './load/read.js';

/** A directory's notices: its YAML files, except privnote's own config file. */
const isNotice = (name: string) => /\.ya?ml$/i.test(name) && name !== CONFIG_NAME;

export interface Inputs {
  files: string[];
  /** Entries of a directory that look like notices but are not regular files (a folder, a FIFO, a broken link). */
  diagnostics: Diagnostic[];
}

/**
 * Files stay as given; a directory stands for the regular *.yaml / *.yml files directly inside it (not the config),
 * sorted. Anything else there with such a name is reported by name and skipped, never read.
 */
export function expandInputs(inputs: readonly string[]): Inputs {
  if (inputs.length === 0) throw new UsageError('no input: give one or more YAML files or directories');
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const info = statOrUndefined(input);
    if (!info) throw new UsageError(`input not found: ${input}`);
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = readdirSync(input).filter(isNotice).sort();
    for (const name of names) {
      const path = join(input, name);
      const entry = statOrUndefined(path);
      const problem = entry ? notAFile(entry) : 'een link naar niets';
      if (problem) diagnostics.push({ file: path, line: 0, column: 0, severity: 'warning', ruleId: 'input-skipped', message: `overgeslagen: ${problem}, geen bestand` });
      else files.push(path);
    }
    if (names.length === 0) throw new UsageError(`no .yaml or .yml files in directory ${input}`);
  }
  return { files: [...new Set(files)], diagnostics };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** `examples/ocmw-leuven.yaml` → `ocmw-leuven`; two inputs may not claim the same output name. */
export function outputNames(files: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const file of files) {
    const name = basename(file, extname(file));
    const owner = owners.get(name);
    if (owner) throw new UsageError(`${owner} and ${file} would both write ${name}.*: rename one of them`);
    owners.set(name, file);
    names.set(file, name);
  }
  return names;
}
