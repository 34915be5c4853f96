// Every per-rule fixture (fixtures/rules/<rule-id>/<outcome>-<what>.yaml) is run through its rule;
// the file name says the expected outcome, header comments can pin the subjects exactly.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { runRule } from './helpers/rule-tester.js';
import { shippedRuleList } from '../src/engine/rule-set.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'rules');
const ruleIds = shippedRuleList().map((r) => r.id);

interface Header {
  date?: string;
  options?: Record<string, unknown>;
  expect: Partial<Record<'pass' | 'fail' | 'unknown', Array<string | null>>>;
}

function readHeader(text: string): Header {
  const header: Header = { expect: {} };
  for (const line of text.split(/\r?\n/)) {
    const m = /^#\s*(expect-pass|expect-fail|expect-unknown|date|options):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'date') header.date = value.trim();
    else if (key === 'options') header.options = parse(value) as Record<string, unknown>;
    else {
      const subjects = value.split(',').map((s) => s.trim()).filter(Boolean).map((s) => (s === '-' ? null : s));
      header.expect[key.slice('expect-'.length) as 'pass' | 'fail' | 'unknown'] = subjects;
    }
  }
  return header;
}

const sortSubjects = (list: Array<string | null>) => [...list].map((s) => s ?? '-').sort();

describe('rule fixtures', () => {
  for (const ruleId of ruleIds) {
    const dir = join(root, ruleId);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
    describe(ruleId, () => {
      // That every rule has a passing and a failing fixture is pinned by test/rule-catalog.test.ts.
      for (const file of files) {
        test(file, async () => {
          const text = readFileSync(join(dir, file), 'utf8');
          const header = readHeader(text);
          const run = await runRule(ruleId, text, { date: header.date, options: header.options, file: join('fixtures/rules', ruleId, file) });
          const by = (status: string) => run.outcomes.filter((o) => o.status === status).map((o) => o.subject);
          const kind = file.split('-')[0];
          if (kind === 'pass') {
            expect(by('pass').length).toBeGreaterThan(0);
            expect(by('fail')).toEqual([]);
            expect(by('unknown')).toEqual([]);
          } else if (kind === 'fail') {
            expect(by('fail').length).toBeGreaterThan(0);
            for (const finding of run.findings) {
              expect(finding.message).not.toMatch(/\{[a-z_]+\}/i);
              expect(finding.recommendation).not.toMatch(/\{[a-z_]+\}/i);
            }
          } else if (kind === 'unknown') {
            expect(by('unknown').length).toBeGreaterThan(0);
            expect(by('fail')).toEqual([]);
          } else if (kind === 'na') {
            expect(run.outcomes).toEqual([]);
            expect(run.result.status).toBe('not-applicable');
          } else {
            throw new Error(`fixture ${file}: the name must start with pass-, fail-, unknown- or na-`);
          }
          for (const status of ['pass', 'fail', 'unknown'] as const) {
            const expected = header.expect[status];
            if (expected) expect(sortSubjects(by(status))).toEqual(sortSubjects(expected));
          }
        });
      }
    });
  }
});
