// The markdown report, rendered from stored report objects and compared with reviewed snapshots.
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { escapeCell, escapeMarkdown, formatMarkdown } from '../../src/report/format-markdown.js';
import stored from './fixtures/report.json';
import { reportWithSuppressions } from './fixtures/with-suppressions.js';

const report = stored as unknown as Report;

/** The cells of a GFM table row, split as GFM does: at every `|` not escaped by a backslash. */
const cellsOf = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);

describe('markdown report', () => {
  test('matches the reviewed snapshot', async () => {
    await expect(formatMarkdown(report)).toMatchFileSnapshot('./__snapshots__/energie-vlaanderen.md');
  });

  test('with suppressions, notices and a baseline: matches the reviewed snapshot', async () => {
    await expect(formatMarkdown(reportWithSuppressions())).toMatchFileSnapshot('./__snapshots__/energie-vlaanderen-suppressed.md');
  });

  test('in Dutch the report’s own words are Dutch', () => {
    const text = formatMarkdown({ ...reportWithSuppressions(), lang: 'nl' });
    for (const word of ['Bevindingen', 'Categorie', 'Aanbeveling', 'Onderdrukt', 'Reden', 'verlopen', 'Aan te vullen veld', 'kan niet beoordeeld worden']) expect(text).toContain(word);
  });

  test('names every finding with file:line:col, every suppressed one with its reason, every rule not assessed', () => {
    const r = reportWithSuppressions();
    const text = formatMarkdown(r);
    const file = r.files[0];
    for (const f of file.findings) expect(text).toContain(`\`${file.file}:${f.line}:${f.column}\``);
    expect(text).toContain('Signed off \\| by \\*legal\\* \\<until\\> Q3 &amp; 100% sure');
    for (const n of file.not_assessed) expect(text).toContain(`\`${n.missing}\``);
  });

  test('escapes | and markdown specials in table cells, keeps code spans, and keeps each row on one line', () => {
    expect(escapeCell('a | b *c* _d_ [e](f) <g> & h')).toBe('a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> &amp; h');
    expect(escapeCell('set `a | b` now\nand then')).toBe('set `a \\| b` now and then');
    expect(escapeMarkdown('odd ` tick *x*')).toBe('odd \\` tick \\*x\\*');
    expect(escapeMarkdown('keep `visibility: scheduled` as code')).toBe('keep `visibility: scheduled` as code');
    expect(escapeMarkdown('bell\u0007 and `nul\u0000`')).toBe('bell\uFFFD and `nul\uFFFD`');
    const r = reportWithSuppressions();
    const text = formatMarkdown(r);
    const row = text.split('\n').find((l) => l.includes('social-marketing-owned'))!;
    expect(cellsOf(row)).toHaveLength(7);
    // Every row of a table has as many cells as its header.
    let width = 0;
    for (const line of text.split('\n')) {
      if (!line.startsWith('|')) width = 0;
      else if (width === 0) width = cellsOf(line).length;
      else expect(cellsOf(line), line).toHaveLength(width);
    }
  });
});
