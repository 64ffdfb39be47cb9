import { msg } from '../../messages/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'cookie-consent',
  severity: 'warning',
  description: {
    nl: 'Cookies die niet strikt noodzakelijk zijn (functionele, analytische, marketing) vragen voorafgaande toestemming: de verklaring zegt hoe die gevraagd wordt (`cookies.consent`).',
    en: 'Cookies that are not strictly necessary need prior consent; the notice says how it is asked.',
  },
  reference: 'ePrivacy-richtlijn 2002/58 art. 5.3; in België art. 10/2 van de wet van 30 juli 2018 [niet nagekeken]',
  judgement: 'Volgens de Gegevensbeschermingsautoriteit zijn enkel strikt noodzakelijke cookies vrijgesteld; een cookie zonder `category` wordt niet beoordeeld.',
  applies: ({ statement }) => Boolean(statement?.cookies?.items?.length),
  check: ({ statement }, report) => {
    const cookies = statement!.cookies!;
    if (cookies.consent?.trim()) return ['cookies', 'consent'];
    cookies.items!.forEach((cookie, index) => {
      if (cookie.category && cookie.category !== 'noodzakelijk') {
        report({ path: ['cookies', 'items', index], message: msg('rule.cookie-consent.missing', { name: cookie.name, category: cookie.category }) });
      }
    });
  },
});
