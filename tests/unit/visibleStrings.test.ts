// Every user-visible string lives in locales/: no letters in JSX text, in JSX expressions
// rendered as children, or in the attributes people read or hear.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label']);
const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

export function visibleLiterals(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      hasWords(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      !ts.isJsxAttribute(node.parent) &&
      hasWords(node.expression.text)
    ) {
      found.push(`${where(node)} expression "${node.expression.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('visible strings', () => {
  it('are all in locales/', () => {
    const found = files('src').flatMap((path) => visibleLiterals(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('would be caught in text, attributes and expressions', () => {
    const sample = `const A = () => <div aria-label="Cerrar" data-x="ok"><p>Hola mundo</p>{'Adiós amigos'}{t('key')} →</div>;`;
    expect(visibleLiterals('sample.tsx', sample)).toEqual([
      'sample.tsx:1 aria-label="Cerrar"',
      'sample.tsx:1 text "Hola mundo"',
      'sample.tsx:1 expression "Adiós amigos"',
    ]);
  });
});
