import { describe, expect, test } from 'vitest';
import { htmlText, markdownText, renderExample } from './helpers.js';
import { orderOf } from './order-measure.js';
import { seeded, seedText } from './seeds.js';

/**
 * The examples come out in the order of the documents they reproduce (test/seeds/): each sentence of the original is
 * looked up in the rendered text (white space, quotes and dashes normalised), and the longest run of found sentences
 * in the original's order must hold at least 98 % of them, in the HTML and in the Markdown. The figures are printed.
 */
const MIN_IN_ORDER = 0.98;

describe.each(seeded)('%s in the order of its original', (name) => {
  const rendered = renderExample(`examples/${name}.yaml`);
  const seed = seedText(name);
  const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

  test.each([
    ['HTML', () => htmlText(rendered.html)],
    ['Markdown', () => markdownText(rendered.markdown)],
  ] as const)('%s', (format, text) => {
    const order = orderOf(seed, text());
    console.log(
      `order ${name} (${format}): ${order.inOrder} of ${order.found} found sentences in order, ${percent(order.ratio)} (${order.found} of ${order.total} found)` +
        (order.outOfOrder.length ? `\n${order.outOfOrder.map((s) => `  out of order: ${s.slice(0, 110)}`).join('\n')}` : ''),
    );
    expect(order.found / order.total, 'most of the original is found at all').toBeGreaterThan(0.85);
    expect(order.ratio).toBeGreaterThanOrEqual(MIN_IN_ORDER);
  });
});
