import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { check } from '../src/check.js';
import { parseConfig } from '../src/config/config.js';
import { checkIds } from '../src/docs/checks.js';
import { docsLink, INDEX_PAGE, rulesDocsDir } from '../src/docs/links.js';
import { ruleIds } from '../src/rules/index.js';
import { tempDir } from './cli-helpers.js';

/**
 * Every diagnostic id the code can emit, read from src/: the text given to a `ruleId` property (a literal, either
 * branch of a condition, the values of a lookup table in the same file) or to a parameter named `ruleId` of a function
 * of the same file, and the literal types of a `ruleId` field. A template (`schema-${keyword}`) gives its prefix.
 */
function emittedIds(): { ids: Set<string>; prefixes: Set<string> } {
  const ids = new Set<string>();
  const prefixes = new Set<string>();
  const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('generated'));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join('src', file), 'utf8'), ts.ScriptTarget.Latest, true);
    const tables = new Map<string, ts.ObjectLiteralExpression>();
    const ruleIdParameter = new Map<string, number>();
    const declarations = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        if (ts.isObjectLiteralExpression(node.initializer)) tables.set(node.name.text, node.initializer);
        if (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) parameters(node.name.text, node.initializer);
      }
      if (ts.isFunctionDeclaration(node) && node.name) parameters(node.name.text, node);
      ts.forEachChild(node, declarations);
    };
    const parameters = (name: string, fn: ts.SignatureDeclarationBase) => {
      const index = fn.parameters.findIndex((p) => p.name.getText() === 'ruleId');
      if (index >= 0) ruleIdParameter.set(name, index);
    };
    const collect = (node: ts.Node | undefined): void => {
      if (!node) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ids.add(node.text);
      else if (ts.isTemplateExpression(node)) prefixes.add(node.head.text);
      else if (ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach(collect);
      else if (ts.isBinaryExpression(node)) [node.left, node.right].forEach(collect);
      else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) collect(node.expression);
      else if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
        for (const property of tables.get(node.expression.text)?.properties ?? []) if (ts.isPropertyAssignment(property)) collect(property.initializer);
      } else if (ts.isUnionTypeNode(node)) node.types.forEach(collect);
      else if (ts.isLiteralTypeNode(node)) collect(node.literal);
    };
    const uses = (node: ts.Node): void => {
      const named = (n: ts.PropertyName) => n.getText() === 'ruleId';
      if (ts.isPropertyAssignment(node) && named(node.name)) collect(node.initializer);
      if (ts.isPropertySignature(node) && named(node.name)) collect(node.type);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ruleIdParameter.has(node.expression.text)) {
        collect(node.arguments[ruleIdParameter.get(node.expression.text)!]);
      }
      ts.forEachChild(node, uses);
    };
    declarations(source);
    uses(source);
  }
  return { ids, prefixes };
}

const pageOf = (link: string) => link.slice(rulesDocsDir.length + 1, -'.md'.length);

describe('from a finding to its page', () => {
  const { ids, prefixes } = emittedIds();

  test('the scan sees each way an id is written: a literal, a lookup table, a helper, a type, a template', () => {
    for (const id of ['read-error', 'yaml-syntax', 'yaml-duplicate-key', 'write-error', 'output-conflict', 'text-type', 'unknown-partial', 'schema-required']) {
      expect(ids).toContain(id);
    }
    expect(prefixes).toEqual(new Set(['schema-']));
  });

  test('every id privnote can emit has a page of its own in docs/rules/', () => {
    const withoutPage = [...ids].filter((id) => pageOf(docsLink(id)) !== id || !existsSync(docsLink(id)));
    expect(withoutPage).toEqual([]);
    for (const id of ruleIds) expect(existsSync(docsLink(id)), id).toBe(true);
  });

  test('every check with a page is emitted: a literal id, or one of a template (schema-minProperties)', () => {
    const stale = checkIds.filter((id) => !ids.has(id) && ![...prefixes].some((prefix) => id.startsWith(prefix)));
    expect(stale).toEqual([]);
    expect(checkIds.filter((id) => ruleIds.includes(id))).toEqual([]);
  });

  test('an id from a template without a page of its own links to the index, which explains it', () => {
    for (const prefix of prefixes) {
      const link = docsLink(`${prefix}someKeyword`);
      expect(pageOf(link)).toBe(INDEX_PAGE);
      expect(readFileSync(link, 'utf8')).toContain(`\`${prefix}<sleutelwoord>\``);
    }
  });

  test('docs/rules/ ships with the package', () => {
    const { files } = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    expect(files.some((entry) => 'docs/rules/'.startsWith(`${entry.replace(/\/$/, '')}/`))).toBe(true);
  });

  test('check() gives each finding its page; `docs:` in privnote.config.yaml puts a published URL in its place', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.yaml'), readFileSync('test/fixtures/unknown-key.yaml'));
    const local = await check([join(dir, 'notice.yaml')]);
    expect(local.diagnostics.map((d) => d.url)).toEqual([join(rulesDocsDir, 'schema-unknown-key.md')]);

    writeFileSync(join(dir, 'privnote.config.yaml'), 'docs: https://intranet.example.be/privnote/regels/{id}.html\n');
    const published = await check([join(dir, 'notice.yaml')]);
    expect(published.diagnostics.map((d) => d.url)).toEqual(['https://intranet.example.be/privnote/regels/schema-unknown-key.html']);
  });

  test('a `docs:` that is no web address with {id} is a config error, and the pages stay local', () => {
    for (const docs of ['https://intranet.example.be/regels/', 'docs/rules/{id}.md', '42']) {
      const { config, diagnostics } = parseConfig(`docs: ${docs}\n`, 'privnote.config.yaml');
      expect(config.docs).toBeUndefined();
      expect(diagnostics).toMatchObject([{ line: 1, column: 7, ruleId: 'config', message: expect.stringContaining('met {id} op de plaats van de regel') }]);
    }
  });
});
