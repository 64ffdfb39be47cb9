import { expect, test } from 'vitest';
import { withArtifacts } from '../src/render/pdf/artifacts.js';

const wrapArtifacts = (text: string) => withArtifacts(text).text;

test('a running footer of several text objects becomes one artifact, inside its q/Q and after its clip', () => {
  const footer = 'q 0 0 10 10 re W* n q .3 g BT /F5 10 Tf (Pagina) Tj ET BT (1) Tj ET Q Q';
  expect(wrapArtifacts(footer)).toBe('q 0 0 10 10 re W* n q .3 g /Artifact BMC\nBT /F5 10 Tf (Pagina) Tj ET BT (1) Tj ET\nEMC Q Q');
});

test('tagged content is left alone; an untagged path beside it is wrapped, a path that only clips is not', () => {
  const stream = '/P <</MCID 0>> BDC BT (a) Tj ET EMC 0 0 5 5 re f 0 0 9 9 re W n';
  expect(wrapArtifacts(stream)).toBe('/P <</MCID 0>> BDC BT (a) Tj ET EMC /Artifact BMC\n0 0 5 5 re f\nEMC 0 0 9 9 re W n');
});

test('inside a text object that holds tagged text, only the untagged showing operators are wrapped', () => {
  const stream = 'BT /Span <</MCID 1>> BDC (a) Tj EMC (b) Tj ET';
  expect(wrapArtifacts(stream)).toBe('BT /Span <</MCID 1>> BDC (a) Tj EMC /Artifact BMC\n(b) Tj\nEMC ET');
});

test('operators spelled inside strings, names and hex strings are operands, not operators', () => {
  const stream = '/P <</MCID 0>> BDC BT (EMC \\) BDC (nested) f) Tj <454D43> Tj ET EMC';
  expect(wrapArtifacts(stream)).toBe(stream);
});

test('a tagged sequence that paints only paths is decoration, unless it is a figure; text keeps its tag', () => {
  const stream = '/H2 <</MCID 0>> BDC 0 9 9 1 re f EMC /Figure <</MCID 1>> BDC 0 0 m 5 5 l S EMC /P <</MCID 2>> BDC 0 0 9 9 re f BT (a) Tj ET EMC';
  expect(withArtifacts(stream)).toEqual({
    text: '/Artifact BMC 0 9 9 1 re f EMC /Figure <</MCID 1>> BDC 0 0 m 5 5 l S EMC /P <</MCID 2>> BDC 0 0 9 9 re f BT (a) Tj ET EMC',
    mcids: [0],
  });
});
