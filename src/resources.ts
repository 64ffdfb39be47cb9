import { readFileSync } from 'node:fs';

/**
 * privnote's own inputs — schema, templates, standard texts, CSS — are read once per build and whatever is made from
 * them (a compiled validator, compiled templates) is kept while their content is the same. A long-running `watch`
 * starts every build with `refreshResources()`, so an edited template or text is seen by the next build, and an
 * unchanged one is not compiled again.
 */
let generation = 0;

export const refreshResources = (): void => {
  generation++;
};

/** A value made from text that may change between builds: `read` runs once per build, `make` only on new text. */
export function resource<T>(read: () => string, make: (text: string) => T): () => T {
  let seen = -1;
  let text: string | undefined;
  let value: T;
  return () => {
    if (seen !== generation) {
      const now = read();
      // Made before anything is recorded: a template that fails to compile fails again on the next call.
      if (now !== text) [value, text] = [make(now), now];
      seen = generation;
    }
    return value;
  };
}

/** A file as a resource. */
export const fileResource = <T>(path: string, make: (text: string) => T) => resource(() => readFileSync(path, 'utf8'), make);

/** A value computed at most once per build (a hash over privnote's own files, say). */
export function perBuild<T>(compute: () => T): () => T {
  let seen = -1;
  let value: T;
  return () => {
    if (seen !== generation) [value, seen] = [compute(), generation];
    return value;
  };
}
