import { expect, test } from 'vitest';
import type { NoticeModel } from '../src/model/index.js';
import { runningCss, shorten, versionLine } from '../src/render/pdf/running.js';
import { renderExample } from './helpers.js';

test('a long name or title is cut after a word, with an ellipsis', () => {
  expect(shorten('OCMW van Leuven', 52)).toBe('OCMW van Leuven');
  const partners = 'West-Limburg Werkt, VDAB, Arktos vzw, CAW Limburg vzw, Groep Intro vzw, In-Z vzw, Stebo vzw, VVSG vzw';
  expect(shorten(partners, 52)).toBe('West-Limburg Werkt, VDAB, Arktos vzw, CAW Limburg…');
  expect(shorten(partners, 52).length).toBeLessThanOrEqual(52);
});

test('the version line reads as in the title block', () => {
  const model = (fields: Partial<NoticeModel>) => ({ labels: { versionNumber: 'Versie' }, ...fields }) as NoticeModel;
  expect(versionLine(model({ versionNumber: '2.1', date: { iso: '2025-03-01', text: '1 maart 2025', label: '' } }))).toBe('Versie 2.1 – 1 maart 2025');
  expect(versionLine(model({ date: { iso: '2022-07-18', text: '18 juli 2022', label: 'versie van' } }))).toBe('versie van 18 juli 2022');
  expect(versionLine(model({}))).toBe('');
});

test('header and footer are page margin boxes, none on page 1, and a quote in a title cannot end their CSS string', () => {
  const { model } = renderExample('examples/ocmw-leuven.yaml');
  const css = runningCss({ ...model, pageTitle: 'Het "grote" privacy\\beleid' });
  expect(css).toContain('@top-left { content: "OCMW van Leuven";');
  expect(css).toContain('@top-right { content: "Het \\"grote\\" privacy\\\\beleid";');
  expect(css).toContain('@bottom-right { content: "Pagina " counter(page) " van " counter(pages);');
  expect(css).toMatch(/@page :first \{ @top-left \{ content: none; \} @top-right \{ content: none; \} @bottom-left \{ content: none; \} @bottom-right \{ content: none; \} \}/);
});

test('the running header stands in the HTML head as CSS: a name with "</style>" in it cannot end the style sheet', () => {
  const { model } = renderExample('examples/ocmw-leuven.yaml');
  const css = runningCss({ ...model, author: 'OCMW </style><h1>Ingevoegd</h1>' });
  expect(css).not.toContain('<');
  expect(css).toContain('@top-left { content: "OCMW \\3c /style>\\3c h1>Ingevoegd\\3c /h1>";');
});

test('the header carries the short title when the notice has one', () => {
  const { model } = renderExample('examples/protocol-opgroeien-ocmw-leopoldsburg.yaml');
  expect(model.pageTitle).not.toBe(model.title);
  expect(runningCss(model)).toContain('@top-right { content: "Protocol gegevensmededeling Opgroeien regie – OCMW…";');
});
