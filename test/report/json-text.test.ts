// JSON written in pieces must be JSON.stringify(…, null, 2)'s text, whatever the values hold.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createArrayWriter, cutJson, fillHoles, stringifyItem } from '../../src/report/json-text.js';

/** A document with one array `level` objects deep: { a: { a: … { list: items } } }. */
function nest(level: number, list: unknown): unknown {
  let value: unknown = { before: 'x', list, after: [1, { y: 'z' }] };
  for (let i = 1; i < level; i += 1) value = { a: value };
  return value;
}

describe('JSON in pieces', () => {
  test('an array cut out and written item by item gives JSON.stringify’s text, at any depth, for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 5 }), (items, level) => {
        const whole = JSON.stringify(nest(level, items), null, 2);
        const { texts, holes } = cutJson((hole) => nest(level, hole('list')));
        expect(holes).toEqual([{ name: 'list', level }]);
        const writer = createArrayWriter(holes[0].level);
        const streamed = texts[0] + writer.open() + items.map((item) => writer.item(item)).join('') + writer.close() + texts[1];
        expect(streamed).toBe(whole);
        const kept = items.map((item) => stringifyItem(item, level));
        expect(fillHoles({ texts, holes }, () => kept)).toBe(whole);
      }),
    );
  });

  test('several holes come back in document order with their levels, and are filled each with its own items', () => {
    const log = (results: unknown, files: unknown) => ({ runs: [{ results, properties: { files, count: 2 } }] });
    const cut = cutJson((hole) => log(hole('results'), hole('files')));
    expect(cut.holes).toEqual([
      { name: 'results', level: 3 },
      { name: 'files', level: 4 },
    ]);
    expect(cut.texts).toHaveLength(3);
    expect(fillHoles(cut, () => [])).toBe(JSON.stringify(log([], []), null, 2));
    const results = [{ a: 1 }, { b: [2, 3] }];
    const files = ['x'];
    const kept: Record<string, string[]> = { results: results.map((r) => stringifyItem(r, 3)), files: files.map((f) => stringifyItem(f, 4)) };
    expect(fillHoles(cut, (name) => kept[name])).toBe(JSON.stringify(log(results, files), null, 2));
  });

  test('a document that holds the marker text itself gets another marker', () => {
    const sly = 'contact-audit:hole:0:list';
    const value = (list: unknown) => ({ title: sly, list, also: [sly, `${sly}x`] });
    const { texts, holes } = cutJson((hole) => value(hole('list')));
    expect(holes).toEqual([{ name: 'list', level: 1 }]);
    expect(fillHoles({ texts, holes }, () => [stringifyItem('a', 1)])).toBe(JSON.stringify(value(['a']), null, 2));
  });
});
