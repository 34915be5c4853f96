// Findings are sorted by category, severity, rule id (by character codes: the same on every
// machine), line and column.
// The ranked order a batch uses must sort exactly as compareFindings, the plain definition.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareFindings, compareRuleIds, findingOrder } from '../../src/engine/audit-organisation.js';
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

  test('orders the ids rule.schema.json allows as English and root collation do, whatever the machine\'s locale', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const english = new Intl.Collator('en');
    const root = new Intl.Collator('und');
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareRuleIds(a, b))).toBe(Math.sign(english.compare(a, b)));
        expect(Math.sign(compareRuleIds(a, b))).toBe(Math.sign(root.compare(a, b)));
      }),
      { numRuns: 2000 },
    );
    // A Danish collator would put "aa" after "z"; the report does not follow the machine.
    expect(new Intl.Collator('da').compare('aa-rule', 'zz-rule')).toBeGreaterThan(0);
    expect(compareRuleIds('aa-rule', 'zz-rule')).toBeLessThan(0);
  });

  test('is worked out once per rule set', () => {
    expect(findingOrder(rules)).toBe(findingOrder(rules));
  });
});
