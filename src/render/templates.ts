import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../paths.js';

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

const helpersCommon: Record<string, Handlebars.HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => args.slice(0, -1).find(Boolean),
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  /** Article and data-item numbers are 1-based. */
  plusOne: (n: number) => n + 1,
  /** True when a value was written at all, even as an empty string (a gap the reader must see). */
  isSet: (value: unknown) => value !== undefined && value !== null,
};

const cache = new Map<string, Record<string, Template>>();

/**
 * Compiles every template of one output format: `templates/<format>/*.hbs` are entry points by kind of document,
 * `templates/<format>/partials/*.hbs` the sections. Compiled once per process.
 */
export function templatesFor(format: TextFormat, helpers: Record<string, Handlebars.HelperDelegate>): Record<string, Template> {
  const cached = cache.get(format);
  if (cached) return cached;
  const env = Handlebars.create();
  env.registerHelper({ ...helpersCommon, ...helpers });
  const dir = join(templatesDir, format);
  const options = { noEscape: format === 'md', preventIndent: true };
  for (const file of readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.hbs')).sort()) {
    env.registerPartial(basename(file, '.hbs'), env.compile(readFileSync(join(dir, 'partials', file), 'utf8'), options));
  }
  const entries: Record<string, Template> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()) {
    const name = basename(file, '.hbs');
    const compiled = env.compile(readFileSync(join(dir, file), 'utf8'), options);
    entries[name] = (context) => {
      try {
        return compiled(context);
      } catch (error) {
        throw new RenderError(`${format}/${file}`, error);
      }
    };
  }
  cache.set(format, entries);
  return entries;
}
