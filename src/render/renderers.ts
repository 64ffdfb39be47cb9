import type { NoticeModel } from '../model/index.js';
import type { TemplateOverrides } from './overrides.js';

/** Things a build opens at most once for all its documents (a browser), closed when the build ends. */
export class RenderSession {
  private readonly opened = new Map<string, Promise<{ value: unknown; close: () => Promise<void> }>>();

  constructor(readonly options: { jobs: number }) {}

  async use<T>(name: string, open: () => Promise<{ value: T; close: () => Promise<void> }>): Promise<T> {
    if (!this.opened.has(name)) this.opened.set(name, open());
    return (await this.opened.get(name)!).value as T;
  }

  async close(): Promise<void> {
    const opened = await Promise.allSettled(this.opened.values());
    this.opened.clear();
    await Promise.allSettled(opened.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
  }
}

/** What a render may get besides the model: the project's own templates (privnote.config.yaml `templates:`). */
export interface RenderOptions {
  templates?: TemplateOverrides;
}

/**
 * Text formats need the model and the project's templates; a format made from another gets that output and the
 * build's session (the PDF follows the HTML, own templates and all).
 */
export type Render = (model: NoticeModel, input?: RenderOptions & { from?: string; session?: RenderSession }) => string | Promise<Uint8Array>;

/**
 * One output format. `load` imports its code only when a build needs it (a build from the cache loads no renderer).
 * A renderer with `from` is made from another format's output (PDF is printed from the HTML): it runs after the
 * others, in the main thread, `jobs` documents at a time. Adding a format is one entry here.
 */
export interface Renderer<F extends string = string> {
  format: F;
  extension: string;
  from?: string;
  load(): Promise<Render>;
  /**
   * How `build --check` judges an output on disk, when not by its bytes: the PDF by the trace it records (another
   * Chromium or font build prints other bytes from the same source). Without it, the output is made and compared.
   */
  loadIsCurrent?(): Promise<IsCurrent>;
}

/** Whether an output on disk is current for the model; never throws (an unreadable output is not current). */
export type IsCurrent = (onDisk: Uint8Array, model: NoticeModel) => Promise<boolean>;

const define = <F extends string>(renderer: Renderer<F>) => renderer;

export const renderers = [
  define({ format: 'html', extension: 'html', load: async () => (await import('./html.js')).renderHtml }),
  define({ format: 'md', extension: 'md', load: async () => (await import('./markdown.js')).renderMarkdown }),
  define({
    format: 'pdf', extension: 'pdf', from: 'html',
    load: async () => (await import('./pdf/printer.js')).printPdf,
    loadIsCurrent: async () => (await import('./pdf/trace.js')).recordsModel,
  }),
] as const;

export type Format = (typeof renderers)[number]['format'];
export const FORMATS: readonly Format[] = renderers.map((renderer) => renderer.format);
export const rendererOf = (format: string): Renderer | undefined => renderers.find((renderer) => renderer.format === format);

/** The formats to make for the requested ones: those, and what they are made from. */
export function neededFormats(requested: readonly Format[]): Format[] {
  const needed = new Set<string>();
  const add = (format: string) => {
    const renderer = rendererOf(format)!;
    if (renderer.from) add(renderer.from);
    needed.add(format);
  };
  requested.forEach(add);
  return FORMATS.filter((format) => needed.has(format));
}
