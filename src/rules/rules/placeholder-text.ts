import { defineRule } from '../rule.js';

/**
 * Template leftovers: "[datum]", "[via de functionarissen …]" (square brackets that are not a Markdown link),
 * "(naam gemeente)", and a lone "x" standing for a name ("de politiezone x en het PLOT").
 */
const PLACEHOLDER = /\[[^\]\n]+\](?!\()|\((?:naam|datum|adres|invullen)(?: \p{L}+)?\)|\p{Ll}{3,} x(?= \p{Ll})/u;

export default defineRule({
  id: 'placeholder-text',
  severity: 'warning',
  description: {
    nl: 'De tekst bevat een niet ingevuld sjabloonstuk, zoals "[datum]", "(naam gemeente)" of "politiezone x".',
    en: 'The text contains an unfilled template placeholder.',
  },
  reference: 'AVG art. 12.1 (transparante, begrijpelijke informatie)',
  judgement: 'Tekst tussen vierkante haken kan ook bedoeld zijn; kijk na of het een overblijfsel van een sjabloon is.',
  check: ({ strings }, report) => {
    for (const { value, path } of strings) {
      const match = PLACEHOLDER.exec(value);
      if (match) report({ path, message: `sjabloonstuk "${match[0].trim()}" is niet ingevuld` });
    }
  },
});
