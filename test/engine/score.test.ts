import { describe, expect, test } from 'vitest';
import type { RuleResult } from '../../src/model/report.js';
import { bandOf, categoryScores, exactScore, roundScore, scoreOf } from '../../src/engine/score.js';

function result(rule: string, category: RuleResult['category'], weight: number, score: number | null): RuleResult {
  return { rule, category, severity: 'warning', weight, score, status: score === null ? 'not-applicable' : score === 1 ? 'pass' : 'fail', passed: 0, failed: 0, unknown: 0 };
}

describe('scoring (rules.md, Lighthouse style)', () => {
  test('rounds half up from the exact mean', () => {
    expect(roundScore(89.5)).toBe(90);
    expect(roundScore(89.49)).toBe(89);
    expect(roundScore(49.5)).toBe(50);
    // 0.895 × 100 is 89.49999999999999 in binary: still half, still up
    expect(roundScore(0.895 * 100)).toBe(90);
  });

  test('bands from the rounded score', () => {
    expect([bandOf(100), bandOf(90), bandOf(89), bandOf(50), bandOf(49), bandOf(0), bandOf(null)]).toEqual(['good', 'good', 'needs-work', 'needs-work', 'poor', 'poor', null]);
  });

  test('weighted mean of assessed rules; not-assessed rules weigh nothing', () => {
    // error rule (3) at 1/2, warning rule (2) at 1, info rule (1) not assessed: (1.5 + 2) / 5 = 70 %
    const results = [result('a', 'availability', 3, 0.5), result('b', 'social', 2, 1), result('c', 'social', 1, null)];
    expect(exactScore(results)).toBeCloseTo(70, 10);
    expect(scoreOf(results)).toEqual({ score: 70, band: 'needs-work' });
  });

  test('the exact mean decides the rounding, not rounded category scores', () => {
    // 2/3 at weight 3 and 1 at weight 1: (2 + 1) / 4 = 75 exactly
    const results = [result('a', 'availability', 3, 2 / 3), result('b', 'people', 1, 1)];
    expect(scoreOf(results).score).toBe(75);
    // 8 of 9 subjects pass a single rule: 88.89 → 89, needs work
    expect(scoreOf([result('a', 'availability', 2, 8 / 9)])).toEqual({ score: 89, band: 'needs-work' });
  });

  test('nothing assessed: null, in the total and in each category', () => {
    expect(scoreOf([result('a', 'availability', 3, null)])).toEqual({ score: null, band: null });
    const categories = categoryScores([result('a', 'availability', 3, 1)]);
    expect(categories.availability).toEqual({ score: 100, band: 'good' });
    expect(categories.social).toEqual({ score: null, band: null });
  });
});
