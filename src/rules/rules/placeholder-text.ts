import { defineRule } from '../rule.js';

/**
 * Template leftovers: "[datum]", "[via de functionarissen …]" (square brackets that are not a Markdown link),
 * "(naam gemeente)", and a lone "x" standing for a name ("de politiezone x en het PLOT").
 */
const BRACKETED = /\[[^\]\n]+\](?!\()|\((?:naam|datum|adres|invullen)(?: \p{L}+)?\)/u;
/** A lone "x" between two lower-case words; found with indexOf first, as the scan runs over every string. */
const LONE_X = /\p{Ll}{3,} x(?= \p{Ll})/u;

function placeholder(value: string): string | undefined {
  const bracketed = value.includes('[') || value.includes('(') ? BRACKETED.exec(value) : null;
  if (bracketed) return bracketed[0];
  const at = value.indexOf(' x ');
  return at > 0 ? LONE_X.exec(value.slice(Math.max(0, at - 40), at + 4))?.[0] : undefined;
}

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
      const match = placeholder(value);
      if (match) report({ path, message: `sjabloonstuk "${match.trim()}" is niet ingevuld` });
    }
  },
});
