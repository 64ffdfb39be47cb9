import { defaultConfig, type Config } from './config/config.js';
import { parseTheme, themeView, type Theme } from './config/theme.js';
import { hasErrors, sortDiagnostics, type Diagnostic, type ItemStatus } from './diagnostics.js';
import { draftFindings, refuseDraft } from './draft.js';
import { sha256 } from './hash.js';
import { load } from './load/load.js';
import { readSource } from './load/read.js';
import { locate, type SourceMap } from './load/source-map.js';
import { buildModel, type Document, type NoticeModel } from './model/index.js';
import { checkTextsOverride } from './model/text-overrides.js';
import { withProjectTexts } from './model/texts.js';
import { privnoteVersion } from './paths.js';
import { runRules } from './rules/run.js';
import { pruneInvalid } from './validate/prune.js';
import { validate } from './validate/validate.js';
import { said } from './messages/message.js';

export interface Source {
  file: string;
  text: string;
}

export interface CompileOptions {
  config?: Config;
  /** Run the legal rules (default true). Without them a document renders whatever the schema accepts. */
  rules?: boolean;
  /** Refuse a draft (see draft.ts) instead of marking it as one. */
  final?: boolean;
  /**
   * Whether an error of a rule stops the model (default true). `render` shows whatever the schema and the model
   * accept: judging the notice is the work of `check` and `build`.
   */
  ruleErrorsBlock?: boolean;
  /** Record privnote's version and the source's hash in the model (default true), for the outputs' trace line. */
  trace?: boolean;
}

export interface Compiled {
  file: string;
  diagnostics: Diagnostic[];
  /** How the document fares on each art. 13/14 item; empty when it could not be checked. */
  items: ItemStatus[];
  /** The document as written, when it is valid YAML that fits the schema. */
  document?: Document;
  /** Present only when the document has no errors. */
  model?: NoticeModel;
}

/**
 * The one pipeline of every command: load → validate → rules → model for one document. Bad input never throws: every
 * problem becomes a diagnostic, and each later stage runs only on what the earlier ones accepted: the rules on every
 * part that fits the schema, the model only on a document without errors. Diagnostics come in position order.
 */
export function compileDocument({ file, text }: Source, { config = defaultConfig, rules = true, final = false, ruleErrorsBlock = true, trace = true }: CompileOptions = {}): Compiled {
  const loaded = load(text, file);
  const diagnostics = [...loaded.diagnostics];
  if (loaded.data) diagnostics.push(...validate(loaded.data, loaded.sourceMap, file));
  // The document's own `texts:` (a mapping, as the schema says): each key a standard text, each value a text or false.
  const ownTexts = (loaded.data as { texts?: unknown } | undefined)?.texts;
  if (typeof ownTexts === 'object' && ownTexts !== null && !Array.isArray(ownTexts)) {
    for (const { path, atKey, ruleId, message } of checkTextsOverride(ownTexts, ['texts']).problems) {
      diagnostics.push({ file, ...locate(loaded.sourceMap, path, atKey), severity: 'error', ruleId, ...said(message), path });
    }
  }
  if (!loaded.data) return { file, diagnostics, items: [] };
  if (hasErrors(diagnostics)) return { file, diagnostics: sortDiagnostics([...diagnostics, ...checksOfValidParts(loaded, file, config, rules)]), items: [] };
  const theme = themeOf(loaded.data, loaded.sourceMap, file, config, diagnostics);
  // The project's texts (privnote.config.yaml `texts:`) lie beneath the document's own.
  const document = withProjectTexts(loaded.data as unknown as Document, config.texts);
  const checked = rules ? runRules(document, loaded.sourceMap, file, config) : { diagnostics: [], items: [] };
  diagnostics.push(...checked.diagnostics);
  const draft = draftFindings(checked.diagnostics);
  if (final && draft.length > 0) diagnostics.push(refuseDraft(file, draft));
  const model = buildModel(document, ({ path = [], severity = 'error', ruleId, message }) =>
    diagnostics.push({ file, ...locate(loaded.sourceMap, path), severity, path, ruleId, ...said(message) }),
  );
  const findings = new Set(checked.diagnostics);
  const blocking = ruleErrorsBlock ? diagnostics : diagnostics.filter((d) => !findings.has(d));
  sortDiagnostics(diagnostics);
  if (hasErrors(blocking)) return { file, diagnostics, items: checked.items, document };
  model.draft = draft.length > 0;
  if (trace) model.trace = { privnote: privnoteVersion, source: `sha256:${sha256(text).slice(0, 12)}` };
  model.theme = themeView(theme);
  return { file, diagnostics, items: checked.items, document, model };
}

/**
 * The theme's and the rules' findings on a document that has schema errors (or other errors before the rules): they
 * check every part the schema accepted, so one run shows every problem. The completeness report waits for a valid
 * document.
 */
function checksOfValidParts(loaded: ReturnType<typeof load>, file: string, config: Config, rules: boolean): Diagnostic[] {
  const pruned = pruneInvalid(loaded.data);
  if (!pruned) return [];
  const found: Diagnostic[] = [];
  themeOf(pruned.document, loaded.sourceMap, file, config, found);
  if (rules) found.push(...runRules(pruned.document as Document, loaded.sourceMap, file, config, pruned).diagnostics);
  return found;
}

/**
 * The document's own theme (`style.theme`: colour and font; a logo only in privnote.config.yaml, whose files are part
 * of the build cache key) over the project's. The schema checked its shape; this its contrast and whether its font
 * is installed.
 */
function themeOf(data: unknown, sourceMap: SourceMap, file: string, config: Config, diagnostics: Diagnostic[]): Theme | undefined {
  const own = (data as { style?: { theme?: unknown } } | undefined)?.style?.theme;
  if (own === undefined) return config.theme;
  const at = (where: (string | number)[]) => ['style', 'theme', ...where];
  const checked = parseTheme(own, file, (where, message, { severity = 'error' as const, atKey = false } = {}) =>
    diagnostics.push({ file, ...locate(sourceMap, at(where), atKey), severity, ruleId: 'theme', ...said(message), path: at(where) }), ['accent', 'font']);
  return { ...config.theme, ...checked };
}

/** Reads (regular files only, UTF-8 checked) and compiles one file. */
export function compileFile(file: string, options: CompileOptions = {}): Compiled {
  const read = readSource(file);
  return read.text === undefined ? { file, diagnostics: read.diagnostics, items: [] } : compileDocument({ file, text: read.text }, options);
}
