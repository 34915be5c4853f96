// JUnit XML from the stored report objects, validated by xmllint against the JUnit XSD. Without
// xmllint these tests fail (they never skip): .ci/run installs it.
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { escapeXmlAttribute, escapeXmlText, formatJunit } from '../../src/report/format-junit.js';
import { hasXmllint, junitXsdVerdict, XMLLINT_MISSING } from '../helpers/standards.js';
import stored from './fixtures/report.json';
import { reportWithSuppressions } from './fixtures/with-suppressions.js';

const report = stored as unknown as Report;

/** The testcases of one testsuite, as name → the outcome element's opening tag (or 'pass'). */
function readCases(xml: string, suite: string): Map<string, string> {
  const start = xml.indexOf(`<testsuite name="${suite}"`);
  const body = xml.slice(start, xml.indexOf('</testsuite>', start));
  const cases = new Map<string, string>();
  for (const m of body.matchAll(/<testcase name="([^"]*)"[^>]*?(\/>|>\s*<(failure|skipped|error)([^>]*)>)/g)) {
    cases.set(m[1], m[3] ? `${m[3]}${m[4]}` : 'pass');
  }
  return cases;
}

describe('JUnit XML', () => {
  test('xmllint is installed (the XSD checks below need it)', () => {
    expect(hasXmllint(), XMLLINT_MISSING).toBe(true);
  });

  test('validates against the JUnit XSD (the stored report, the one with suppressions, in Dutch)', () => {
    for (const r of [report, reportWithSuppressions(), { ...report, lang: 'nl' as const }]) {
      expect(junitXsdVerdict(formatJunit(r))).toBe('ok');
    }
  });

  test('the validator is real: a testsuite without its required attributes is rejected', () => {
    const broken = formatJunit(report).replace(' hostname="localhost"', '');
    expect(junitXsdVerdict(broken)).toMatch(/hostname/);
  });

  test('one testsuite per file; one failing testcase per finding, one passing testcase per rule that passes somewhere', () => {
    const xml = formatJunit(report);
    expect(xml.match(/<testsuite /g)).toHaveLength(report.files.length);
    const file = report.files[0];
    const cases = readCases(xml, file.file);
    for (const f of file.findings) {
      expect(cases.get(`${f.rule} [${f.subject}]`) ?? cases.get(f.rule)).toMatch(/^failure /);
    }
    for (const r of file.rules.filter((x) => x.passed > 0)) expect(cases.get(r.rule)).toBe('pass');
    for (const r of file.rules.filter((x) => x.status === 'not-applicable')) expect(cases.get(r.rule)).toMatch(/^skipped message="not applicable/);
    for (const n of file.not_assessed) expect(cases.get(n.subject ? `${n.rule} [${n.subject}]` : n.rule)).toContain(`add ${n.missing}`);
    const failures = Number(/<testsuite[^>]* failures="(\d+)"/.exec(xml)![1]);
    expect(failures).toBe(file.findings.length);
    expect(Number(/<testsuite[^>]* tests="(\d+)"/.exec(xml)![1])).toBe(cases.size);
  });

  test('a failure carries the message, the recommendation and file:line:col', () => {
    const xml = formatJunit(report);
    const f = report.files[0].findings.find((x) => x.rule === 'callback-promise')!;
    const failure = xml.slice(xml.indexOf(`<testcase name="callback-promise [callback]"`));
    const body = failure.slice(0, failure.indexOf('</testcase>'));
    expect(body).toContain(`message="${escapeXmlAttribute(f.message)}"`);
    expect(body).toContain(escapeXmlText(f.recommendation));
    expect(body).toContain(`${report.files[0].file}:${f.line}:${f.column}`);
  });

  test('a suppressed finding is skipped with its reason, escaped; notices go to system-err', () => {
    const xml = formatJunit(reportWithSuppressions());
    const cases = readCases(xml, 'fixtures/energie-vlaanderen.yaml');
    expect(cases.get('social-marketing-owned [facebook]')).toBe(
      'skipped message="Suppressed (audit.ignore): Signed off | by *legal* &lt;until&gt; Q3 &amp; 100% sure, see ticket #12: a_b\\u0007&#10;second line (until 2026-12-31)"',
    );
    expect(xml).toMatch(/<system-err>[^<]*expired: the suppression of hours-unstaffed/);
  });

  test('a file that cannot be audited is a testsuite with one error that lists every problem', () => {
    const xml = formatJunit(report);
    const bad = report.files[1];
    const suite = xml.slice(xml.indexOf(`<testsuite name="${bad.file}"`));
    expect(suite).toMatch(/^<testsuite [^>]*tests="1" failures="0" errors="1"/);
    for (const e of bad.errors) expect(suite).toContain(`${bad.file}:${e.line}:${e.column}`);
  });

  test('escapes markup, quotes and the control characters XML cannot carry', () => {
    expect(escapeXmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeXmlAttribute(`"x" 'y'\tz\r\n`)).toBe('&quot;x&quot; &apos;y&apos;&#9;z&#13;&#10;');
    expect(escapeXmlText('bell\u0007 nul\u0000 esc\u001b ok\u00e9 \ud83d\ude00 lone\ud800!')).toBe('bell\\u0007 nul\\u0000 esc\\u001B oké 😀 lone\\uD800!');
    const nasty = structuredClone(report);
    nasty.files[0].findings[0].message = 'ctrl \u0001\u001f & <tag attr="v"> ]]> \ud800';
    nasty.files[0].file = 'orgs/a "b" & <c>.yaml';
    expect(junitXsdVerdict(formatJunit(nasty))).toBe('ok');
  });
});
