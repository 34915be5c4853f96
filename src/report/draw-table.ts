// A boxed table as cli-table3 draws it (compact, no colours of its own). The text report draws one
// per file, and in a batch of 1,000 files cli-table3's general layout (spans, wrapping,
// truncation, options copied per cell) was half of the text report's time (BENCHMARKS.md). Tables
// whose every cell is one line of single-width text (colour codes allowed) are drawn here, the
// same bytes (a property test compares the two); anything else is left to cli-table3.
import Table from 'cli-table3';

export type Align = 'left' | 'right';

const COLOUR_CODES = /\u001b\[[0-9;]*m/g;
// Letters of the Latin scripts, their punctuation and the dashes: one column each in cli-table3's
// measure (string-width). No control characters, combining marks, wide or zero-width characters.
const SINGLE_WIDTH = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2015\u2018-\u201f\u2026]*$/;

/** Width on screen of a cell drawn here, or undefined when cli-table3 must measure it. */
function measure(cell: string): number | undefined {
  const visible = cell.includes('\u001b') ? cell.replace(COLOUR_CODES, '') : cell;
  return SINGLE_WIDTH.test(visible) ? visible.length : undefined;
}

export function drawTable(head: string[], rows: string[][], aligns: Align[]): string {
  const widths = head.map(() => 0);
  for (const row of [head, ...rows]) {
    if (row.length !== head.length) return drawWithLibrary(head, rows, aligns);
    for (let c = 0; c < row.length; c++) {
      const width = measure(row[c]);
      if (width === undefined) return drawWithLibrary(head, rows, aligns);
      if (width > widths[c]) widths[c] = width;
    }
  }
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(middle)}${right}`;
  const line = (row: string[]) =>
    `│${row
      .map((cell, c) => {
        const fill = ' '.repeat(widths[c] - measure(cell)!);
        return aligns[c] === 'right' ? ` ${fill}${cell} ` : ` ${cell}${fill} `;
      })
      .join('│')}│`;
  const body = rows.length === 0 ? [] : [rule('├', '┼', '┤'), ...rows.map(line)];
  return [rule('┌', '┬', '┐'), line(head), ...body, rule('└', '┴', '┘')].join('\n');
}

/** The general case: cli-table3 itself. */
export function drawWithLibrary(head: string[], rows: string[][], aligns: Align[]): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: aligns });
  table.push(...rows);
  return table.toString();
}
