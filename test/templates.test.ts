import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { load } from '../src/load/load.js';
import { buildModel, type Document, type NoticeModel } from '../src/model/index.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { editsOf, valid, type Json } from './edits.js';

/**
 * The templates run in Handlebars' strict mode and every value helper refuses a missing value, so a field the model
 * lacks is an error, never an empty spot in a notice. These tests render every shape the schema allows: each example
 * with every optional field filled in, and then with each of those fields left out again.
 */
/** The model of a shape the schema accepts, as compiling it would give (without reading YAML or checking rules again). */
const compile = (doc: Json) => {
  let failed = !valid(doc);
  const model = failed ? undefined : buildModel(doc as Document, ({ severity = 'error' }) => (failed ||= severity === 'error'));
  if (failed || !model) return { model: undefined };
  model.trace = { privnote: '0.0.0', source: 'sha256:000000000000' };
  return { model };
};

/** Renders both formats; a template failure names what was left out or added. */
function renderBoth(model: NoticeModel): string[] {
  const failures: string[] = [];
  for (const render of [renderHtml, renderMarkdown]) {
    try {
      render(model);
    } catch (error) {
      failures.push(`${render.name}: ${(error as Error).message} (${((error as Error).cause as Error | undefined)?.message ?? ''})`);
    }
  }
  return failures;
}

/** A field of the schema, whatever list item it is in: `purposes.items[].retention`. */
const fieldOf = (path: (string | number)[]) => path.map((part) => (typeof part === 'number' ? '[]' : part)).join('.');

/** Edits of one kind, one per field of the schema (not one per list item). */
const onePerField = (doc: Json, what: string) => {
  const seen = new Set<string>();
  return editsOf(doc).filter((edit) => edit.what === what && !seen.has(fieldOf(edit.path)) && seen.add(fieldOf(edit.path)));
};

/** The document with every optional field the schema allows added (with a small value), as long as it still compiles. */
function everyField(doc: Json): Json {
  let full = structuredClone(doc);
  const refused = new Set<string>(); // fields whose small value does not compile (e.g. an unknown section name)
  for (let round = 0; round < 8; round++) {
    const edits = onePerField(full, 'add').filter((edit) => !refused.has(fieldOf(edit.path)));
    if (edits.length === 0) break;
    // All at once, which nearly always compiles; else one by one.
    const all = structuredClone(full);
    edits.forEach((edit) => edit.apply(all));
    if (compile(all).model) {
      full = all;
      continue;
    }
    for (const edit of edits) {
      const next = structuredClone(full);
      edit.apply(next);
      if (compile(next).model) full = next;
      else refused.add(fieldOf(edit.path));
    }
  }
  return full;
}

/** The fields left out one by one are split over several tests, so that none nears the time limit on a busy machine. */
const PARTS = 6;

describe('the templates render every shape of a document, or fail loudly', () => {
  for (const base of ['test/fixtures/minimal.yaml', 'test/fixtures/minimal-protocol.yaml']) {
    describe(`${base}, with every field, then without each one`, () => {
      let full: Json;
      let fields: ReturnType<typeof onePerField>;
      beforeAll(() => {
        full = everyField(load(readFileSync(base, 'utf8'), base).data);
        fields = onePerField(full, 'remove');
      }, 120_000);

      test('with every field', () => {
        expect(renderBoth(compile(full).model!)).toEqual([]);
        expect(fields.length).toBeGreaterThan(base.includes('protocol') ? 30 : 150);
      });

      test.each(Array.from({ length: PARTS }, (_, part) => part))('without each field, part %i', (part) => {
        const failures = fields
          .filter((_, index) => index % PARTS === part)
          .flatMap((edit) => {
            const without = structuredClone(full);
            edit.apply(without);
            const { model } = compile(without);
            return model ? renderBoth(model).map((f) => `without ${fieldOf(edit.path)}: ${f}`) : [];
          });
        expect(failures).toEqual([]);
      });
    });
  }
});
