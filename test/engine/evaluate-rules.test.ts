import { describe, expect, test } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';
import { activateRule, loadRuleSet, shippedRuleList } from '../../src/engine/rule-set.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { auditOrganisation } from '../../src/engine/audit-organisation.js';

const ORG = `version: 1
organisation:
  name: Proef
  languages: [nl]
channels:
  - id: mail
    type: email
    owner: contact-center
    target: { answered: 90%, within: 48h }
  - id: form
    type: webform
    owner: contact-center
    target: { answered: 90%, within: 8h }
  - id: wa
    type: whatsapp
    owner: contact-center
teams:
  - id: t
    agents: 2
    channels: [mail, form, wa]
    languages: [nl]
`;

describe('evaluating a rule', () => {
  test('a rule result is the share of assessed subjects that pass', async () => {
    const run = await runRule('email-slow-answer', ORG);
    expect(run.result).toMatchObject({ passed: 1, failed: 1, unknown: 0, score: 0.5, status: 'fail' });
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ rule: 'email-slow-answer', subject: 'mail', severity: 'warning', line: 9, column: 30, path: 'channels[0].target.within' });
  });

  test('option overrides change the threshold, and messages show the options as a person reads them', async () => {
    const strict = await runRule('email-slow-answer', ORG, { options: { max_within: '4h' } });
    expect(strict.result.failed).toBe(2);
    expect(strict.findings[0].message).toContain('4 h');
    const nl = await runRule('email-slow-answer', ORG, { options: { max_within: '1.5h' }, lang: 'nl' });
    expect(nl.findings[0].message).toContain('1,5 u');
  });

  test('a missing field makes the subject unknown, listed with the field to add at its parent', async () => {
    const run = await runRule('chat-visibility-flicker', `version: 1
organisation: { name: Proef }
channels:
  - id: chat
    type: webchat
`);
    expect(run.result).toMatchObject({ status: 'not-assessed', score: null, unknown: 1 });
    expect(run.notAssessed).toEqual([{ rule: 'chat-visibility-flicker', subject: 'chat', missing: 'visibility', line: 4, column: 5 }]);
  });

  test('score_gain is what passing that subject adds to the overall score', async () => {
    const loaded = await loadOrganisation(ORG, 'org.yaml');
    const rules = loadRuleSet();
    const report = await auditOrganisation(loaded, { rules, lang: 'en', date: '2026-06-15' });
    const exact = (results: typeof report.rules) => {
      const assessed = results.filter((r) => r.score !== null);
      return (100 * assessed.reduce((s, r) => s + r.weight * r.score!, 0)) / assessed.reduce((s, r) => s + r.weight, 0);
    };
    for (const finding of report.findings) {
      const fixed = report.rules.map((r) => {
        if (r.rule !== finding.rule) return r;
        const assessed = r.passed + r.failed;
        return { ...r, score: r.score! + 1 / assessed };
      });
      expect(finding.score_gain).toBeCloseTo(exact(fixed) - exact(report.rules), 9);
    }
  });
});

describe('rule set', () => {
  test('refuses an option a rule does not have, and a value of the wrong kind', () => {
    const rule = shippedRuleList().find((r) => r.id === 'email-slow-answer')!;
    expect(activateRule(rule, { max_witin: '1h' }).problems[0]).toMatch(/max_witin.*not an option/);
    expect(activateRule(rule, { max_within: 20 }).problems[0]).toMatch(/unit/);
    const share = shippedRuleList().find((r) => r.id === 'social-unanswered')!;
    expect(activateRule(share, { min_answered: 90 }).problems[0]).toMatch(/90%/);
  });

  test('fixed params are not tunable', () => {
    const rule = shippedRuleList().find((r) => r.id === 'tone-of-voice-fragmented')!;
    expect(activateRule(rule, { wanted: 'per-channel' }).problems[0]).toMatch(/not an option of this rule/);
  });
});
