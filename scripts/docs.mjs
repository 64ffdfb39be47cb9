// Regenerates docs/schema.md, docs/texts.md and docs/rules/*.md from the schema, the rules and their fixtures, and the other checks (run after `npm run build`).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { schemaReference } from '../dist/src/docs/reference.js';
import { checks } from '../dist/src/docs/checks.js';
import { checkPage, rulePage, rulesIndex } from '../dist/src/docs/rules.js';
import { rules } from '../dist/src/rules/index.js';
import { textsReference } from '../dist/src/docs/texts.js';

writeFileSync('docs/schema.md', schemaReference());
writeFileSync('docs/texts.md', textsReference());
mkdirSync('docs/rules', { recursive: true });
for (const file of readdirSync('docs/rules')) rmSync(`docs/rules/${file}`);
writeFileSync('docs/rules/README.md', rulesIndex());
for (const rule of rules) writeFileSync(`docs/rules/${rule.id}.md`, rulePage(rule));
for (const check of checks) writeFileSync(`docs/rules/${check.id}.md`, checkPage(check));
