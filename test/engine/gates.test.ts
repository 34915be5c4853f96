import { describe, expect, test } from 'vitest';
import { emptyFileReport } from '../../src/engine/audit-organisation.js';
import { GATE_MESSAGES, gateFailures } from '../../src/engine/gates.js';
import { expectBothLanguages } from '../helpers/message-catalogue.js';
import type { Finding, FileReport } from '../../src/model/report.js';
import type { Severity } from '../../src/model/rule.js';

function finding(severity: Severity, baseline?: 'new' | 'known'): Finding {
  return {
    rule: 'r', category: 'social', severity, subject: null, title: '', message: '', recommendation: '',
    line: 1, column: 1, path: '', data: {}, score_gain: 0, fingerprint: 'f', ...(baseline ? { baseline } : {}),
  };
}

function file(findings: Finding[], score = 100): FileReport {
  return { ...emptyFileReport('org.yaml'), score, findings };
}

describe('gateFailures', () => {
  test('findings the baseline knows trip no gate', () => {
    const known = file([finding('error', 'known'), finding('warning', 'known')]);
    expect(gateFailures([known], { failOn: 'info', maxWarnings: 0 })).toEqual([]);
    const fresh = file([finding('error', 'new'), finding('warning', 'known')]);
    expect(gateFailures([fresh], { failOn: 'error', maxWarnings: 0 })).toEqual(['org.yaml: 1 finding at or above error']);
  });

  test('max_warnings adds the warnings of every file', () => {
    const one = file([finding('warning')]);
    expect(gateFailures([one, one], { failOn: 'never', maxWarnings: 2 })).toEqual([]);
    expect(gateFailures([one, one, one], { failOn: 'never', maxWarnings: 2 })).toEqual(['3 warnings, more than --max-warnings 2']);
  });

  test('min_category_score gates assessed categories only', () => {
    const report = file([]);
    report.categories.social = { score: 60, band: 'needs-work' };
    expect(gateFailures([report], { failOn: 'never', minCategoryScore: { social: 70, people: 90 } })).toEqual([
      'org.yaml: social scores 60, below --min-category-score social=70',
    ]);
  });

  test('an invalid file is no gate failure (it exits 2 on its own)', () => {
    const invalid = { ...file([finding('error')], 0), errors: [{ line: 1, column: 1, path: '', message: 'x' }] };
    expect(gateFailures([invalid], { failOn: 'info', minScore: 100 })).toEqual([]);
  });

  test('in Dutch with --lang nl: flags, severities and category keys as written', () => {
    expectBothLanguages(GATE_MESSAGES);
    const report = file([finding('error'), finding('warning'), finding('warning')], 40);
    report.categories.social = { score: 60, band: 'needs-work' };
    report.not_assessed = [{ rule: 'r', subject: null, missing: 'x', line: 1, column: 1 }];
    expect(
      gateFailures([report], { failOn: 'warning', minScore: 50, minCategoryScore: { social: 70 }, maxWarnings: 1, requireComplete: true }, 'nl'),
    ).toEqual([
      'org.yaml: 3 bevindingen op niveau warning of hoger',
      'org.yaml: score 40 ligt onder --min-score 50',
      'org.yaml: social scoort 60, onder --min-category-score social=70',
      'org.yaml: 1 regelcontrole niet beoordeeld (--require-complete)',
      '2 waarschuwingen, meer dan --max-warnings 1',
    ]);
    expect(gateFailures([report], { failOn: 'error', minScore: 50, requireComplete: true })).toEqual([
      'org.yaml: 1 finding at or above error',
      'org.yaml: score 40 is below --min-score 50',
      'org.yaml: 1 rule check not assessed (--require-complete)',
    ]);
  });
});
