import { defineRule } from '../rule.js';

const FROM_THE_PERSON = /\b(jou|u|je|jezelf|uzelf|zelf|betrokkenen?)\b/i;

export default defineRule({
  id: 'statutory-requirement',
  severity: 'warning',
  description: {
    nl: 'De verklaring zegt of de betrokkene de gegevens moet geven (wet of overeenkomst) en wat er gebeurt als hij dat niet doet.',
    en: 'The notice says whether providing the data is a statutory or contractual requirement, and the consequences of not doing so.',
  },
  reference: 'AVG art. 13.2.e',
  judgement: 'Geldt enkel voor gegevens die bij de betrokkene zelf verzameld worden (art. 13, niet art. 14).',
  item: '13.2.e Verplichting om gegevens te verstrekken en gevolgen',
  // Art. 13 concerns data obtained from the person; a notice whose listed sources are all others is an art. 14 notice.
  applies: ({ statement }) =>
    Boolean(statement) && (!statement!.sources?.from?.length || statement!.sources.from.some((source) => (typeof source === 'string' ? FROM_THE_PERSON.test(source) : (source.dataSubject ?? FROM_THE_PERSON.test(source.name))))),
  check: ({ statement }, report) => {
    if (statement!.data?.obligation) return ['data', 'obligation'];
    report({ path: ['data'], message: 'niet vermeld of de betrokkene de gegevens moet geven en wat als niet: voeg `data.obligation` toe' });
  },
});
