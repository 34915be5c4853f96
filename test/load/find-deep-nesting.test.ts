// findDeepNesting reads character codes for speed; the plain version it replaced (one-character
// strings) stays here as its definition, and both must agree on every text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDeepNesting } from '../../src/load/parse-yaml.js';

describe('findDeepNesting', () => {
  test('finds the same place as its plain definition, on any text made of YAML\'s structure characters', () => {
    const token = fc.constantFrom(' ', '\t', '\r', '#', '-', '- ', '? ', '"', "'", "''", '\\', '[', '{', ']', '}', '|', '>', ':', ': ', ',', '&a ', '!t ', 'a', 'key', '1', 'é');
    const line = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.array(token, { maxLength: 8 })).map(([indent, parts]) => ' '.repeat(indent) + parts.join(''));
    const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));
    let found = 0;
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (yaml, depth) => {
        const expected = plainFindDeepNesting(yaml, depth);
        if (expected !== undefined) found += 1;
        expect(findDeepNesting(yaml, depth)).toBe(expected);
      }),
      { numRuns: 4000 },
    );
    // Both answers occur: the property is not only comparing "nothing found".
    expect(found).toBeGreaterThan(400);
    expect(found).toBeLessThan(3600);
  });

  test('and on the fixtures, at every depth', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    for (const name of readdirSync('fixtures').filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(`fixtures/${name}`, 'utf8');
      for (let depth = 1; depth <= 8; depth++) expect(findDeepNesting(text, depth), `${name} ${depth}`).toBe(plainFindDeepNesting(text, depth));
    }
  });
});

function plainFindDeepNesting(text: string, maxDepth: number): number | undefined {
  const indents: number[] = [];
  let flowDepth = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarParent: number | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let pos = lineStart;
    while (pos < lineEnd && (text[pos] === ' ' || text[pos] === '\t')) pos++;
    const indent = pos - lineStart;
    const isBlank = pos >= lineEnd || text[pos] === '\r' || text[pos] === '#';
    if (blockScalarParent !== undefined && (isBlank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = undefined;
    if (flowDepth === 0 && quote === undefined && !isBlank) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > maxDepth) return pos;
      // Compact nested sequences and explicit keys on one line: `- - - x`, `? - x`.
      while ((text[pos] === '-' || text[pos] === '?') && (pos + 1 >= lineEnd || text[pos + 1] === ' ' || text[pos + 1] === '\r')) {
        pos += 1;
        while (pos < lineEnd && text[pos] === ' ') pos++;
        indents.push(pos - lineStart);
        if (indents.length > maxDepth) return pos;
      }
    }
    let isValueStart = true;
    for (; pos < lineEnd; pos++) {
      const c = text[pos];
      if (quote === '"') {
        if (c === '\\') pos++;
        else if (c === '"') quote = undefined;
        continue;
      }
      if (quote === "'") {
        if (c === "'") {
          if (text[pos + 1] === "'") pos++;
          else quote = undefined;
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (c === '#' && (pos === lineStart || text[pos - 1] === ' ' || text[pos - 1] === '\t')) break;
      if (isValueStart && (c === '"' || c === "'")) {
        quote = c;
        isValueStart = false;
        continue;
      }
      if ((c === '[' || c === '{') && (isValueStart || flowDepth > 0)) {
        flowDepth++;
        if (flowDepth + (flowDepth > 0 ? indents.length : 0) > maxDepth) return pos;
        isValueStart = true;
        continue;
      }
      if ((c === ']' || c === '}') && flowDepth > 0) {
        flowDepth--;
        isValueStart = false;
        continue;
      }
      if (isValueStart && flowDepth === 0 && (c === '|' || c === '>')) {
        blockScalarParent = indent;
        break;
      }
      isValueStart = c === ':' || c === ',' || c === '-' || c === '?' || (isValueStart && (c === '&' || c === '!'));
      if (c === '&' || c === '!') {
        // An anchor or a tag precedes the value: skip its name.
        while (pos + 1 < lineEnd && text[pos + 1] !== ' ') pos++;
        isValueStart = true;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

