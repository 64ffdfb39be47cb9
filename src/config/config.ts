import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics.js';
import { load } from '../load/load.js';
import { locate } from '../load/source-map.js';
import { packageRoot } from '../paths.js';
import { ruleIds } from '../rules/index.js';
import { didYouMean } from '../validate/suggest.js';

export type RuleSetting = 'error' | 'warning' | 'off';

export interface Config {
  rules: Record<string, RuleSetting>;
  /** The file it came from, if any. */
  path?: string;
}

export const CONFIG_NAME = 'privnote.config.yaml';
export const defaultConfig: Config = { rules: {} };

/** The nearest privnote.config.yaml in `dir` or a folder above it. */
export function findConfig(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

let validateConfig: ReturnType<Ajv2020['compile']> | undefined;

/** Reads and checks a config file; its problems are ordinary diagnostics, positioned in the config file. */
export function parseConfig(text: string, path: string): { config: Config; diagnostics: Diagnostic[] } {
  const loaded = load(text, path);
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.data) return { config: { ...defaultConfig, path }, diagnostics };
  validateConfig ??= new Ajv2020({ allErrors: true }).compile(
    JSON.parse(readFileSync(join(packageRoot, 'schemas', 'config.schema.json'), 'utf8')),
  );
  if (!validateConfig(loaded.data)) {
    for (const error of validateConfig.errors ?? []) {
      const extra = (error.params as { additionalProperty?: string }).additionalProperty;
      const at = error.instancePath.split('/').filter(Boolean);
      const where = extra ? [...at, extra] : at;
      diagnostics.push({
        file: path, ...locate(loaded.sourceMap, where, Boolean(extra)), path: where, severity: 'error', ruleId: 'config',
        message: extra ? `onbekende instelling "${extra}"` : `${error.instancePath || 'config'}: ${error.message} ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues ?? '')}`.trim(),
      });
    }
    return { config: { ...defaultConfig, path }, diagnostics };
  }
  const rules = ((loaded.data as { rules?: Record<string, RuleSetting> }).rules ?? {});
  for (const id of Object.keys(rules).filter((id) => !ruleIds.includes(id))) {
    diagnostics.push({
      file: path, ...locate(loaded.sourceMap, ['rules', id], true), path: ['rules', id], severity: 'error', ruleId: 'unknown-rule',
      message: `onbekende regel "${id}"${didYouMean(id, ruleIds)}`,
    });
  }
  return { config: { rules, path }, diagnostics };
}
