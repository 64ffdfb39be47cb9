import { describe, expect, test } from 'vitest';
import { formOfAddress, inForm } from '../src/model/texts.js';

describe('form of address', () => {
  test('{je|u} takes the left side for je, the right one for u', () => {
    expect(inForm('{Je kan|U kunt} {je|uw} gegevens zien.', 'je')).toBe('Je kan je gegevens zien.');
    expect(inForm('{Je kan|U kunt} {je|uw} gegevens zien.', 'u')).toBe('U kunt uw gegevens zien.');
    expect(inForm('geen keuze {hier} of | daar', 'u')).toBe('geen keuze {hier} of | daar');
  });

  test('is read from style.formOfAddress; anything else is je', () => {
    expect(formOfAddress({ style: { formOfAddress: 'u' } })).toBe('u');
    expect(formOfAddress({ style: { formOfAddress: 'je' } })).toBe('je');
    expect(formOfAddress({ style: {} })).toBe('je');
    expect(formOfAddress({})).toBe('je');
  });
});
