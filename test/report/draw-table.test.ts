// drawTable draws what cli-table3 draws, byte for byte: for the text report's category table in
// every language and colour level, and for arbitrary cells, including those it leaves to the library.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drawTable, drawWithLibrary, type Align } from '../../src/report/draw-table.js';
import { UI_TEXT } from '../../src/report/ui-text.js';
import { CATEGORIES } from '../../src/model/rule.js';

const BANDS = ['good', 'needs-work', 'poor'] as const;

describe('drawTable', () => {
  test('the category table: every language, colour level, score and band as cli-table3 draws it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'nl' as const),
        fc.constantFrom(0, 1, 2, 3),
        fc.array(fc.option(fc.record({ score: fc.integer({ min: 0, max: 100 }), band: fc.constantFrom(...BANDS) }), { nil: null }), {
          minLength: CATEGORIES.length,
          maxLength: CATEGORIES.length,
        }),
        (lang, level, scores) => {
          const ui = UI_TEXT[lang];
          const chalk = new Chalk({ level: level as 0 | 1 | 2 | 3 });
          const head = [ui.categoryHeader, ui.scoreHeader, ui.bandHeader];
          const rows = CATEGORIES.map((category, i) => {
            const s = scores[i];
            return [ui.category[category], s ? String(s.score) : '–', s ? chalk.yellow(ui.band[s.band]) : chalk.dim('–')];
          });
          const aligns: Align[] = ['left', 'right', 'left'];
          expect(drawTable(head, rows, aligns)).toBe(drawWithLibrary(head, rows, aligns));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('arbitrary cells: drawn here or by the library, the same text', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[a-zA-Zéèëçàäöüß0-9 .,'–-]{0,14}$/),
      fc.stringMatching(/^[a-z]{1,6}$/).map((s) => `\u001b[31m${s}\u001b[39m`),
      fc.constantFrom('漢字', 'e\u0301', '\u00ad', 'a\tb', '😀', '\u200b', ''),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((columns) =>
        fc.tuple(
          fc.array(cell, { minLength: columns, maxLength: columns }),
          fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 5 }),
          fc.array(fc.constantFrom<Align>('left', 'right'), { minLength: columns, maxLength: columns }),
        )), ([head, rows, aligns]) => {
        expect(drawTable(head, rows, aligns)).toBe(drawWithLibrary(head, rows, aligns));
      }),
      { numRuns: 500 },
    );
  });

  test('a plain table, drawn', () => {
    expect(drawTable(['Category', 'Score'], [['People', '86'], ['Strategy', '–']], ['left', 'right'])).toBe(
      [
        '┌──────────┬───────┐',
        '│ Category │ Score │',
        '├──────────┼───────┤',
        '│ People   │    86 │',
        '│ Strategy │     – │',
        '└──────────┴───────┘',
      ].join('\n'),
    );
  });
});
