import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderExample } from './helpers.js';

/**
 * The rendered HTML and Markdown of every example, compared byte for byte with test/golden/.
 * After an intended change: `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`, then read the diff as a reader would.
 */
const update = process.env.UPDATE_GOLDEN === '1';
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml').sort();

describe.each(examples)('golden output of %s', (file) => {
  const name = basename(file, '.yaml');
  for (const [format, pick] of [
    ['html', (r: ReturnType<typeof renderExample>) => r.html],
    ['md', (r: ReturnType<typeof renderExample>) => r.markdown],
  ] as const) {
    test(format, () => {
      const actual = pick(renderExample(`examples/${file}`));
      const path = `test/golden/${name}.${format}`;
      if (update || !existsSync(path)) {
        if (!update) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it`);
        mkdirSync('test/golden', { recursive: true });
        writeFileSync(path, actual);
      }
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
