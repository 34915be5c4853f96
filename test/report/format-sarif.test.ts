// SARIF from the stored report objects, validated against the OASIS SARIF 2.1.0 schema, plus
// what the schema cannot see: indexes, levels, locations, suppressions and notifications.
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { formatSarif, INVALID_FILE_RULE, toArtifactLocation } from '../../src/report/format-sarif.js';
import { sarifErrors } from '../helpers/standards.js';
import stored from './fixtures/report.json';
import { AWKWARD_REASON, reportWithSuppressions } from './fixtures/with-suppressions.js';

const report = stored as unknown as Report;
type Sarif = any;
const render = (r: Report): Sarif => JSON.parse(formatSarif(r));

describe('SARIF', () => {
  test('validates against the SARIF 2.1.0 schema (the stored report and the one with suppressions)', () => {
    for (const r of [report, reportWithSuppressions(), { ...report, lang: 'nl' as const }]) {
      const errors = sarifErrors(formatSarif(r));
      expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
    }
  });

  test('the validator is real: a wrong level or a missing message is rejected', () => {
    const sarif = render(report);
    sarif.runs[0].results[0].level = 'info';
    expect(sarifErrors(JSON.stringify(sarif)).length).toBeGreaterThan(0);
    const other = render(report);
    delete other.runs[0].results[0].message;
    expect(sarifErrors(JSON.stringify(other)).length).toBeGreaterThan(0);
  });

  test('lists every rule in force with its help, level and category, and no relative helpUri', () => {
    const sarif = render(report);
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('contact-audit');
    expect(run.tool.driver.version).toBe(report.tool.version);
    const rules = run.tool.driver.rules;
    expect(rules.map((r: Sarif) => r.id)).toEqual([...report.rules.map((r) => r.id), INVALID_FILE_RULE]);
    for (const described of report.rules) {
      const rule = rules.find((r: Sarif) => r.id === described.id);
      expect(rule.shortDescription.text).toBe(described.title);
      expect(rule.fullDescription.text).toBe(described.rationale);
      expect(rule.help.text).toContain(described.recommendation);
      expect(rule.help.markdown).toContain(described.help_path);
      expect(rule.helpUri).toBeUndefined();
      expect(rule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[described.severity]);
      expect(rule.properties.category).toBe(described.category);
      expect(rule.properties.tags).toContain(described.category);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });

  test('one result per finding: rule, index, level, message, location, fingerprint', () => {
    const run = render(report).runs[0];
    const file = report.files[0];
    const findings = run.results.filter((r: Sarif) => r.ruleId !== INVALID_FILE_RULE);
    expect(findings).toHaveLength(file.findings.length);
    file.findings.forEach((f, i) => {
      const result = findings[i];
      expect(result.ruleId).toBe(f.rule);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(f.rule);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(result.message.text).toContain(f.message);
      expect(result.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: 'fixtures/energie-vlaanderen.yaml', uriBaseId: 'SRCROOT' },
        region: { startLine: f.line, startColumn: f.column },
      });
      expect(result.partialFingerprints).toEqual({ 'contactAudit/v1': f.fingerprint });
      expect(result.properties).toMatchObject({ subject: f.subject, category: f.category, score_gain: f.score_gain, data: f.data });
      expect(result.suppressions).toBeUndefined();
    });
  });

  test('a file that cannot be audited: a failed invocation with its notifications, and an error result per problem', () => {
    const run = render(report).runs[0];
    const bad = report.files[1];
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications.filter((n: Sarif) => n.level === 'error')).toHaveLength(bad.errors.length);
    const results = run.results.filter((r: Sarif) => r.ruleId === INVALID_FILE_RULE);
    expect(results.map((r: Sarif) => r.locations[0].physicalLocation.region)).toEqual(bad.errors.map((e) => ({ startLine: e.line, startColumn: e.column })));
    expect(results.every((r: Sarif) => r.level === 'error' && run.tool.driver.rules[r.ruleIndex].id === INVALID_FILE_RULE)).toBe(true);
    const good = render({ ...report, files: [report.files[0]] }).runs[0];
    expect(good.invocations[0].executionSuccessful).toBe(true);
    expect(good.tool.driver.rules.map((r: Sarif) => r.id)).not.toContain(INVALID_FILE_RULE);
  });

  test('suppressed findings are results with an in-source suppression and its justification; notices are configuration notifications', () => {
    const withSuppressions = reportWithSuppressions();
    const run = render(withSuppressions).runs[0];
    const suppressed = run.results.filter((r: Sarif) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('social-marketing-owned');
    expect(suppressed[0].suppressions).toEqual([
      expect.objectContaining({ kind: 'inSource', justification: AWKWARD_REASON, properties: { until: '2026-12-31' } }),
    ]);
    expect(suppressed[0].suppressions[0].location.physicalLocation.region).toEqual({ startLine: 80, startColumn: 7 });
    const notices = run.invocations[0].toolConfigurationNotifications;
    expect(notices.map((n: Sarif) => n.descriptor.id)).toEqual(['contact-audit/suppression-expired', 'contact-audit/suppression-unused']);
    expect(run.results.find((r: Sarif) => r.ruleId === 'entry-points-fragmented').baselineState).toBe('unchanged');
    expect(run.results.find((r: Sarif) => r.ruleId === 'callback-promise').baselineState).toBe('new');
  });

  test('file paths become URI references: relative against SRCROOT with forward slashes, absolute as file: URIs, specials encoded', () => {
    expect(toArtifactLocation('./orgs/a b.yaml')).toEqual({ uri: 'orgs/a%20b.yaml', uriBaseId: 'SRCROOT' });
    expect(toArtifactLocation('orgs\\be\\x#1.yaml')).toEqual({ uri: 'orgs/be/x%231.yaml', uriBaseId: 'SRCROOT' });
    expect(toArtifactLocation('/srv/orgs/a.yaml')).toEqual({ uri: 'file:///srv/orgs/a.yaml' });
    expect(toArtifactLocation('C:\\orgs\\a.yaml')).toEqual({ uri: 'file:///C:/orgs/a.yaml' });
    const odd = structuredClone(report);
    odd.files[0].file = 'orgs/100% [draft] é.yaml';
    expect(sarifErrors(formatSarif(odd))).toEqual([]);
  });
});
