import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { sha256 } from '../hash.js';
import { load } from '../load/load.js';
import { readSource } from '../load/read.js';
import { locate } from '../load/source-map.js';
import { msg, said, type Message } from '../messages/message.js';
import { checkTextsOverride } from '../model/text-overrides.js';
import type { TextsOverride } from '../model/texts.js';
import { isDirectory, loadTemplateOverrides, type TemplateOverrides } from '../render/overrides.js';
import { ruleIds, unknownRule } from '../rules/index.js';
import { didYouMean } from '../suggest.js';
import { parseTheme, type Theme } from './theme.js';

export type RuleSetting = 'error' | 'warning' | 'off';

export interface Config {
  rules: Record<string, RuleSetting>;
  /** Standard texts the project words its own way: a partial mirror of templates/texts/nl-BE.yaml, checked. */
  texts?: TextsOverride;
  /** The project's own templates (`templates: ./huisstijl`, relative to the config file), read and checked. */
  templates?: TemplateOverrides;
  /** The project's look (`theme:`): logo (read into the config, as a data: URI), accent colour, font family. */
  theme?: Theme;
  /** Where the project publishes privnote's rule pages (`docs:`): a URL with `{id}` for the rule id (src/docs/links.ts). */
  docs?: string;
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

const SETTINGS = ['error', 'warning', 'off'];
/** `docs:` a web address with `{id}` where the rule id goes (the same pattern as in schemas/config.schema.json). */
const DOCS_URL = /^https?:\/\/\S*\{id\}\S*$/;
const KEYS = ['rules', 'texts', 'templates', 'theme', 'docs'];

/**
 * Reads and checks a config file (the shape of schemas/config.schema.json, checked here by hand: a build from the
 * cache should not have to load a schema validator), with the texts it overrides and the template folder it names.
 * Problems are ordinary diagnostics, positioned in the config file, or in the template file they are about.
 */
export function parseConfig(text: string, path: string): { config: Config; diagnostics: Diagnostic[] } {
  // An empty config (or one of comments only) sets nothing: privnote's defaults apply.
  const settingsFree = text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  const loaded = load(settingsFree ? '{}' : text, path, 'config');
  const diagnostics = [...loaded.diagnostics];
  const problem = (where: (string | number)[], ruleId: string, message: Message, atKey = false, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file: path, ...locate(loaded.sourceMap, where, atKey), path: where, severity, ruleId, ...said(message) });
  const data = loaded.data as { rules?: unknown; texts?: unknown; templates?: unknown; theme?: unknown; docs?: unknown } | undefined;
  const rules: Record<string, RuleSetting> = {};
  const config: Config = { rules, path };
  for (const key of Object.keys(data ?? {}).filter((k) => !KEYS.includes(k))) problem([key], 'config', msg('config.unknown-setting', { key, hint: didYouMean(key, KEYS) }), true);
  if (data?.texts !== undefined) {
    const { overrides, problems } = checkTextsOverride(data.texts, ['texts']);
    for (const { path: where, ruleId, message, atKey } of problems) problem(where, ruleId, message, atKey);
    config.texts = overrides;
  }
  if (data?.templates !== undefined) {
    const named = data.templates;
    const dir = typeof named === 'string' && named.trim() ? (isAbsolute(named) ? named : join(dirname(path), named)) : undefined;
    if (dir === undefined) problem(['templates'], 'config', msg('config.templates-path'));
    else if (!isDirectory(dir)) problem(['templates'], 'config', msg('config.templates-missing', { named: String(named), dir }));
    else {
      const read = loadTemplateOverrides(dir);
      diagnostics.push(...read.diagnostics);
      config.templates = read.overrides;
      if (read.found === 0) problem(['templates'], 'config', msg('config.templates-empty', { dir }), false, 'warning');
    }
  }
  if (data?.theme !== undefined) {
    config.theme = parseTheme(data.theme, path, (where, message, { severity = 'error' as const, atKey = false } = {}) =>
      problem(['theme', ...where], 'config', message, atKey, severity),
    );
  }
  if (data?.docs !== undefined) {
    if (typeof data.docs === 'string' && DOCS_URL.test(data.docs)) config.docs = data.docs;
    else problem(['docs'], 'config', msg('config.docs-url', { value: JSON.stringify(data.docs) }));
  }
  if (data?.rules !== undefined && (typeof data.rules !== 'object' || data.rules === null || Array.isArray(data.rules))) {
    problem(['rules'], 'config', msg('config.rules-shape'));
  } else {
    for (const [id, setting] of Object.entries((data?.rules as Record<string, unknown>) ?? {})) {
      if (!ruleIds.includes(id)) problem(['rules', id], 'unknown-rule', unknownRule(id), true);
      else if (!SETTINGS.includes(setting as string)) problem(['rules', id], 'config', msg('config.rule-setting', { value: JSON.stringify(setting) }));
      else rules[id] = setting as RuleSetting;
    }
  }
  return { config, diagnostics };
}

export interface LoadedConfig {
  config: Config;
  diagnostics: Diagnostic[];
  /** What of the project an output depends on: the file's text, its template folder's files, its logo (build cache key). */
  key: string;
}

/** The config for an input file: `explicit` (--config), else the nearest privnote.config.yaml above the file. */
export function configFor(file: string, explicit?: string): LoadedConfig {
  const path = explicit ?? findConfig(dirname(file));
  if (!path) return { config: defaultConfig, diagnostics: [], key: '' };
  const read = readSource(path);
  if (read.text === undefined) return { config: defaultConfig, diagnostics: read.diagnostics, key: '' };
  const parsed = parseConfig(read.text, path);
  return { ...parsed, key: `${read.text}\0${parsed.config.templates?.hash ?? ''}\0${sha256(parsed.config.theme?.logo ?? '')}` };
}

/**
 * The config of each input file (`--config`, or the nearest one above it), each config file read once; its own
 * problems are listed once in `diagnostics`. With `cwd` (render), a file without a config above it (git's
 * temporary copy of a blob, handed to a textconv driver that git runs in the repository's root) takes the nearest
 * one above `cwd`.
 */
export function configResolver(explicit: string | undefined, cwd?: string) {
  if (explicit && !existsSync(explicit)) throw new UsageError(msg('cli.config-not-found', { file: explicit }));
  const configs = new Map<string, LoadedConfig>();
  const forFile = (file: string) => {
    const key = explicit ?? findConfig(dirname(file)) ?? (cwd === undefined ? undefined : findConfig(cwd)) ?? '';
    if (!configs.has(key)) configs.set(key, configFor(file, key || undefined));
    return configs.get(key)!;
  };
  return {
    forFile,
    diagnostics: () => [...configs.values()].flatMap((c) => c.diagnostics),
    /** The config files read and the template folders they name (what `watch` watches besides the inputs). */
    projectFiles: () => ({
      configs: [...configs.values()].flatMap((c) => (c.config.path ? [c.config.path] : [])),
      templates: [...configs.values()].flatMap((c) => (c.config.templates ? [c.config.templates.dir] : [])),
    }),
  };
}

/**
 * The configs of `render`, which git runs on its temporary copies of blobs (textconv): `--config`, else the file that
 * PRIVNOTE_CONFIG names, else the nearest privnote.config.yaml above the file, else above the working directory.
 */
export function configResolverOutsideTree(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
  const named = explicit === undefined ? env.PRIVNOTE_CONFIG || undefined : undefined;
  if (named !== undefined && !existsSync(named)) throw new UsageError(msg('cli.config-env-not-found', { file: named }));
  return configResolver(explicit ?? named, cwd);
}
