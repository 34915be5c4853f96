// The text report, rendered from a stored report object (not through the engine) and compared
// with a reviewed snapshot file.
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { formatText } from '../../src/report/format-text.js';
import { wrapText } from '../../src/report/wrap-text.js';
import stored from './fixtures/report.json';

const report = stored as unknown as Report;

describe('text report', () => {
  test('matches the reviewed snapshot (plain, 100 columns)', async () => {
    await expect(formatText(report, { chalk: new Chalk({ level: 0 }), width: 100 })).toMatchFileSnapshot('./__snapshots__/energie-vlaanderen.txt');
  });

  test('in Dutch the report’s own words are Dutch', () => {
    const text = formatText({ ...report, lang: 'nl' }, { chalk: new Chalk({ level: 0 }) });
    for (const word of ['Bevindingen', 'Categorie', 'Bereikbaarheid', 'Geanalyseerde week', 'kan niet beoordeeld worden']) expect(text).toContain(word);
  });

  test('colours the band and the severities only when asked', () => {
    const plain = formatText(report, { chalk: new Chalk({ level: 0 }) });
    const coloured = formatText(report, { chalk: new Chalk({ level: 1 }) });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toContain('\u001b[31m'); // red: poor band, errors
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  test('names every finding with its position, and every rule not assessed with the field to add', () => {
    const text = formatText(report, { chalk: new Chalk({ level: 0 }) });
    const file = report.files[0];
    for (const f of file.findings) expect(text).toContain(`${f.rule}  ${file.file}:${f.line}:${f.column}`);
    for (const n of file.not_assessed) expect(text).toContain(`add ${n.missing}`);
  });

  test('wraps prose to the width it is given', () => {
    const text = formatText(report, { chalk: new Chalk({ level: 0 }), width: 60 });
    const prose = text.split('\n').filter((l) => l.startsWith('    ') && !l.includes(':'));
    expect(prose.length).toBeGreaterThan(0);
    for (const line of prose) expect(line.length).toBeLessThanOrEqual(60 + 20);
  });

  test('wraps each text for the width asked, whatever was wrapped before (a batch keeps wrapped texts)', () => {
    // A message that is also a recommendation: the same text, wrapped with and without the arrow.
    const f = report.files[0].findings[0];
    const twin: Report = { ...report, files: [{ ...report.files[0], findings: [{ ...f, recommendation: f.message }] }] };
    const chalk = new Chalk({ level: 0 });
    const narrow = formatText(twin, { chalk, width: 40 });
    const wide = formatText(twin, { chalk, width: 100 });
    expect(formatText(twin, { chalk, width: 40 })).toBe(narrow);
    expect(narrow).not.toBe(wide);
    for (const width of [40, 100]) {
      const text = width === 40 ? narrow : wide;
      expect(text).toContain(`${wrapText(f.message, width, '    ')}\n${wrapText(`→ ${f.message}`, width, '    ')}`);
    }
  });
});
