import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { CONFIG_NAME } from './config/config.js';

/** Wrong use of the CLI or API (exit code 2), as opposed to a problem inside an input file (exit code 1). */
export class UsageError extends Error {}

/** A directory's notices: its YAML files, except privnote's own config file. */
const isNotice = (name: string) => /\.ya?ml$/i.test(name) && name !== CONFIG_NAME;

/** Files stay as given; a directory stands for the *.yaml / *.yml files directly inside it (not the config), sorted. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  if (inputs.length === 0) throw new UsageError('no input: give one or more YAML files or directories');
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UsageError(`input not found: ${input}`);
    if (info.isDirectory()) {
      const found = (await readdir(input)).filter(isNotice).sort().map((name) => join(input, name));
      if (found.length === 0) throw new UsageError(`no .yaml or .yml files in directory ${input}`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
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
