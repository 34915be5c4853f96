// Findings are sorted by category, severity, rule id (in localeCompare's order), line and column.
// The ranked order a batch uses must sort exactly as compareFindings, the plain definition.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareFindings, findingOrder } from '../../src/engine/audit-organisation.js';
import { loadRuleSet } from '../../src/engine/rule-set.js';
import type { Finding } from '../../src/model/report.js';

describe('findingOrder', () => {
  const rules = loadRuleSet();
  const finding = fc
    .record({
      active: fc.constantFrom(...rules),
      line: fc.integer({ min: 1, max: 30 }),
      column: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ active, line, column }): Finding => ({
      rule: active.rule.id, category: active.rule.category, severity: active.rule.severity, subject: null, title: '', message: '', recommendation: '',
      line, column, path: '', data: {}, score_gain: 0, fingerprint: '',
    }));

  test('sorts as compareFindings does, for the rule set the findings come from', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
        const order = findingOrder(rules);
        expect([...findings].sort(order)).toEqual([...findings].sort(compareFindings));
      }),
      { numRuns: 500 },
    );
  });

  test('is worked out once per rule set', () => {
    expect(findingOrder(rules)).toBe(findingOrder(rules));
  });
});
