// Meta-test (after typescript-eslint's docs test): the shipped rule files, the named checks and
// the catalog in shared/docs/rules.md say the same thing, so nothing drifts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CHECKS } from '../src/checks/index.js';
import { activateRule, shippedRuleList } from '../src/engine/rule-set.js';
import { placeholdersOf } from '../src/engine/render-message.js';

const repo = join(import.meta.dirname, '..');
// The catalog and the articles it cites are vendored in docs/ (the contract lives in the
// project's shared/ folder; test/docs-drift.test.ts keeps the copies equal to it).
const catalogText = readFileSync(join(repo, 'docs', 'rules.md'), 'utf8');
const rules = shippedRuleList();

interface CatalogRow {
  id: string;
  category: string;
  severity: string;
  options: Record<string, unknown>;
}

/** The rows of the catalog's tables: `| \`id\` | severity | fails when | [options |] source |`. */
function readCatalog(): CatalogRow[] {
  const rows: CatalogRow[] = [];
  let category = '';
  for (const line of catalogText.split('\n')) {
    const heading = /^## ([a-z]+)\s*$/.exec(line);
    if (heading) category = heading[1];
    const row = /^\| `([a-z-]+)`(?: \*\(ed\. 2\)\*)? \| (error|warning|info) \|(.*)\|\s*$/.exec(line);
    if (!row) continue;
    const cells = row[3].split('|').map((c) => c.trim());
    const optionCell = cells.length === 3 ? cells[1] : '';
    const options: Record<string, unknown> = {};
    for (const m of optionCell.matchAll(/`([a-z_]+): ([^`]+)`/g)) options[m[1]] = parse(m[2]);
    rows.push({ id: row[1], category, severity: row[2], options });
  }
  return rows;
}

const catalog = readCatalog();

// Edition 2 of the catalog is the contract; what the shipped rules do not yet do is listed here,
// and each entry is checked to be still missing, so a rule that meets the catalog must leave
// this list in the same change.
const EDITION_2_NEW = new Set(['callback-window', 'target-missed', 'abandonment-high', 'self-service-dead-end']);
const EDITION_2_CHANGED_OPTIONS = new Set(['language-gap']);

describe('rule catalog', () => {
  test('the catalog has its 30 rules and every one is shipped but those edition 2 adds, nothing more', () => {
    expect(catalog).toHaveLength(30);
    expect(rules.map((r) => r.id).sort()).toEqual(catalog.map((r) => r.id).filter((id) => !EDITION_2_NEW.has(id)).sort());
  });

  test('edition 2 rules still missing are indeed not shipped, and changed options indeed differ', () => {
    for (const id of EDITION_2_NEW) expect(rules.find((r) => r.id === id), id).toBeUndefined();
    for (const id of EDITION_2_CHANGED_OPTIONS) {
      expect(rules.find((r) => r.id === id)!.options).not.toEqual(catalog.find((r) => r.id === id)!.options);
    }
  });

  for (const row of catalog.filter((r) => !EDITION_2_NEW.has(r.id))) {
    describe(row.id, () => {
      const rule = rules.find((r) => r.id === row.id);
      test('category, severity and default options match the catalog', () => {
        expect(rule).toBeDefined();
        expect(rule!.category).toBe(row.category);
        expect(rule!.severity).toBe(row.severity);
        if (!EDITION_2_CHANGED_OPTIONS.has(row.id)) expect(rule!.options).toEqual(row.options);
      });
      test('names an existing check whose options it satisfies', () => {
        expect(CHECKS.has(rule!.check)).toBe(true);
        expect(activateRule(rule!).problems).toEqual([]);
      });
      test('has every text in English and Dutch, and every recommendation key matches a message', () => {
        for (const text of [rule!.title, rule!.failure_title, rule!.rationale, ...Object.values(rule!.messages), ...Object.values(rule!.recommendation)]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.nl.trim()).not.toBe('');
          expect(text.nl).not.toBe(text.en);
          expect(placeholdersOf(text.nl).sort()).toEqual(placeholdersOf(text.en).sort());
        }
        for (const key of Object.keys(rule!.recommendation)) expect(Object.keys(rule!.messages)).toContain(key);
      });
      test('cites its source verbatim', () => {
        for (const source of rule!.source) {
          if (source.kind !== 'article') {
            expect(source.note.length).toBeGreaterThan(10);
            continue;
          }
          const file = join(repo, 'docs', 'sources', source.file);
          expect(existsSync(file), source.file).toBe(true);
          const squash = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
          expect(squash(readFileSync(file, 'utf8'))).toContain(squash(source.quote));
        }
      });
      test('has a passing and a failing fixture', () => {
        const dir = join(repo, 'fixtures', 'rules', row.id);
        const files = existsSync(dir) ? readdirSync(dir) : [];
        expect(files.some((f) => f.startsWith('pass-'))).toBe(true);
        expect(files.some((f) => f.startsWith('fail-'))).toBe(true);
      });
    });
  }
});
