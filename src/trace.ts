import { sha256 } from './hash.js';

/**
 * What shapes a document's outputs besides its source and privnote's version, as a short digest a PDF records so that
 * `build --check` can judge it without printing it again: the config (its text, the files of the project's template
 * folder, its logo: the build cache's config key), the options that change the rendering (`review`, `final`) and, for
 * a document without a version date, SOURCE_DATE_EPOCH (its PDF's date). The formats asked for change no output.
 */
export function optionsDigest(configKey: string, options: { review: boolean; final: boolean; epoch?: string }): string {
  const parts = [configKey, options.review ? 'review' : '', options.final ? 'final' : '', options.epoch ?? ''];
  return `sha256:${sha256(parts.join('\0')).slice(0, 12)}`;
}
