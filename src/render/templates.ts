import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { sha256 } from '../hash.js';
import { templatesDir } from '../paths.js';
import { precompiled } from '../precompiled.js';
import { resource } from '../resources.js';
import type { OverrideFile, TemplateOverrides } from './overrides.js';
import { MessageError } from '../errors.js';
import { msg } from '../messages/message.js';

export type TextFormat = 'html' | 'md';
export type Template = (context: unknown) => string;

/** A failure inside a template, named so the user knows which template and input broke. */
export class RenderError extends Error {
  constructor(
    readonly template: string,
    override readonly cause: unknown,
  ) {
    super(`template ${template}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/**
 * The value a helper is asked to print: a missing one (a field the model lacks, a typo in a template) is an error,
 * as in strict mode for plain fields, never an empty spot in a published notice. Optional fields are guarded with
 * `{{#if …}}` in the templates.
 */
function present(helpers: Record<string, Handlebars.HelperDelegate>): Record<string, Handlebars.HelperDelegate> {
  const check = (name: string, helper: Handlebars.HelperDelegate) =>
    function (this: unknown, ...args: unknown[]) {
      // A block helper may take no value at all (`{{#facts}}`); one that takes a value must get one.
      const block = args.length === 1 && typeof (args[0] as Handlebars.HelperOptions).fn === 'function';
      if (!block && (args.length < 2 || args[0] === undefined || args[0] === null)) {
        const { loc } = args.at(-1) as { loc?: { start: { line: number } } };
        throw new MessageError(msg('render.no-value', { helper: name, line: String(loc?.start.line ?? '?') }));
      }
      return helper.apply(this, args as Parameters<Handlebars.HelperDelegate>);
    };
  return Object.fromEntries(Object.entries(helpers).map(([name, helper]) => [name, check(name, helper)]));
}

const helpersCommon: Record<string, Handlebars.HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  /** The first value that is set and not empty, else the last one (as `||` does): `(or heading @root.labels.exercise)`. */
  or: (...args: unknown[]) => {
    const values = args.slice(0, -1);
    return values.find(Boolean) ?? values.at(-1);
  },
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  /** Article and data-item numbers are 1-based. */
  plusOne: (n: number) => n + 1,
  /** True when a value was written at all, even as an empty string (a gap the reader must see). */
  isSet: (value: unknown) => value !== undefined && value !== null,
};

/** The sources of one format's templates: partials and entry points, by name, in a stable order. */
export function templateSources(format: TextFormat): { partials: Record<string, string>; entries: Record<string, string> } {
  const dir = join(templatesDir, format);
  const read = (folder: string) =>
    Object.fromEntries(
      readdirSync(folder)
        .filter((f) => f.endsWith('.hbs'))
        .sort()
        .map((f) => [basename(f, '.hbs'), readFileSync(join(folder, f), 'utf8')]),
    );
  return { partials: read(join(dir, 'partials')), entries: read(dir) };
}

/**
 * The value helpers, known when compiling, so Handlebars need not look these names up as possible helpers at run time
 * (the structure and label helpers are looked up: they are few per section).
 */
const KNOWN_HELPERS = ['eq', 'or', 'and', 'plusOne', 'isSet', 'md', 'mdi', 'mailto', 'tel', 'link', 'esc', 'quote', 'landmarkName'];
export const templateOptions = (format: TextFormat) => ({
  noEscape: format === 'md',
  // A field the model lacks throws instead of rendering as nothing (value helpers check their arguments alike).
  strict: true,
  preventIndent: true,
  knownHelpers: Object.fromEntries(KNOWN_HELPERS.map((name) => [name, true])),
});
/** What precompiled templates depend on: their sources, the compile options and the Handlebars that compiled them. */
export const precompiledKey = (format: TextFormat, sources: Sources) =>
  sha256(JSON.stringify([sources, templateOptions(format), Handlebars.VERSION]));

/** Templates precompiled at `npm run build` (scripts/precompile-templates.mjs), used while the sources are unchanged. */
type Precompiled = Record<TextFormat, { hash: string; partials: Record<string, object>; entries: Record<string, object> }>;

/**
 * Every template of one output format: `templates/<format>/*.hbs` are entry points by kind of document,
 * `templates/<format>/partials/*.hbs` the sections; a project's own partials (`overrides`, privnote.config.yaml
 * `templates:`) replace the built-in ones of the same name. Read once per build and compiled only when they changed;
 * the precompiled ones are used only while their recorded hash matches the built-in sources (not after an edit, nor
 * without a build), for every partial the project does not replace.
 */
export function templatesFor(format: TextFormat, helpers: Record<string, Handlebars.HelperDelegate>, overrides?: TemplateOverrides): Record<string, Template> {
  if (!builtInSources.has(format)) builtInSources.set(format, resource(() => JSON.stringify(templateSources(format)), (json) => json));
  const own = overrides?.[format];
  if (own?.broken) {
    const { file, line, column, message } = own.broken;
    throw new RenderError(`${file}:${line}:${column}`, new MessageError(message));
  }
  const sources = builtInSources.get(format)!();
  // One set of compiled templates per format and project: a project's are compiled again when its files or the built-in ones change.
  const key = `${format}\0${overrides?.dir ?? ''}`;
  const identity = `${overrides?.hash ?? ''}`;
  let compiled = prepared.get(key);
  if (compiled?.sources !== sources || compiled.identity !== identity) {
    compiled = { sources, identity, templates: compileTemplates(format, helpers, JSON.parse(sources) as Sources, own?.partials ?? {}) };
    prepared.set(key, compiled);
  }
  return compiled.templates;
}

type Sources = ReturnType<typeof templateSources>;
const builtInSources = new Map<TextFormat, () => string>();
const prepared = new Map<string, { sources: string; identity: string; templates: Record<string, Template> }>();

/**
 * A project's partial: compiled from its source and named in any failure inside it, with the line and column there
 * (a field the model lacks, in strict mode), since Handlebars itself names no partial.
 */
function ownPartial(env: typeof Handlebars, format: TextFormat, { file, source }: OverrideFile): Handlebars.TemplateDelegate {
  const compiled = env.compile(source, templateOptions(format));
  return ((context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return compiled(context, options);
    } catch (error) {
      if (error instanceof RenderError) throw error;
      const { lineNumber, column, message } = (error ?? {}) as { lineNumber?: number; column?: number; message?: string };
      const helperLine = error instanceof MessageError && error.said.id === 'render.no-value' ? error.said.params?.line : undefined;
      const where = typeof lineNumber === 'number' ? `:${lineNumber}:${(column ?? 0) + 1}` : helperLine ? `:${helperLine}` : '';
      const what = String(message).replace(/ - \d+:\d+$/, '');
      const missing = /^"([^"]+)" not defined in /.exec(what);
      const cause = typeof lineNumber !== 'number' ? error : missing ? new MessageError(msg('render.model-lacks', { field: missing[1]! })) : new Error(what);
      throw new RenderError(`${file}${where}`, cause);
    }
  }) as Handlebars.TemplateDelegate;
}

function compileTemplates(
  format: TextFormat,
  helpers: Record<string, Handlebars.HelperDelegate>,
  sources: Sources,
  own: Record<string, OverrideFile>,
): Record<string, Template> {
  const env = Handlebars.create();
  // The format's own helpers print values: each checks it was given one.
  env.registerHelper({ ...helpersCommon, ...present(helpers) });
  const made = (precompiled('templates') as Precompiled | undefined)?.[format];
  const ready = made?.hash === precompiledKey(format, sources) ? made : undefined;
  const prepare = (kind: 'partials' | 'entries', name: string) =>
    ready ? env.template(ready[kind][name] as Parameters<typeof env.template>[0]) : env.compile(sources[kind][name]!, templateOptions(format));
  for (const name of Object.keys(sources.partials)) env.registerPartial(name, own[name] ? ownPartial(env, format, own[name]) : prepare('partials', name));
  const entries: Record<string, Template> = {};
  for (const name of Object.keys(sources.entries)) {
    const compiled = prepare('entries', name) as Template;
    entries[name] = (context) => {
      try {
        return compiled(context);
      } catch (error) {
        // A failure in a project's partial names that partial already.
        throw error instanceof RenderError ? error : new RenderError(`${format}/${name}.hbs`, error);
      }
    };
  }
  return entries;
}
