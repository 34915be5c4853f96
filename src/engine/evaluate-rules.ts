// Run the rules over one organisation: outcomes per rule, then results, findings and the rules
// not assessed, with texts in the requested language and positions from the file.
import type { FieldPath, Organisation } from '../model/organisation.js';
import type { Finding, NotAssessed, RuleResult } from '../model/report.js';
import type { CheckContext, Lang, MessageValue, Outcome, Text } from '../model/rule.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { innerMap } from '../load/inner-map.js';
import type { ActiveRule } from './rule-set.js';
import { optionValue, renderTemplate } from './render-message.js';
import { totalAssessedWeight } from './score.js';

export type Locate = (path: FieldPath) => { line: number; column: number };

export interface RuleRun {
  active: ActiveRule;
  outcomes: Outcome[];
  result: RuleResult;
}

/**
 * A finding's identity for baselines: the rule, the subject and the kind of failure (its message
 * id), hashed. Not the line (reordering a file changes no fingerprint) and not the figures (a
 * gap that shrinks from 19 h to 12 h is still the same known finding).
 */
export function fingerprintOf(rule: string, subject: string | null, messageId: string | undefined): string {
  // A batch repeats the same rules, channel ids and messages: hash each identity once, found by
  // its parts (nested maps: no joined key to build and hash anew for every finding).
  const bySubject = innerMap(fingerprints, rule);
  const byMessage = innerMap(bySubject, subject ?? '');
  const message = messageId ?? 'default';
  let fingerprint = byMessage.get(message);
  if (fingerprint === undefined) {
    // SHA-256 in JavaScript (@noble/hashes): node:crypto would set up OpenSSL for a few dozen
    // short strings, about 2.5 ms of every start (BENCHMARKS.md). The same digest: tested against it.
    fingerprint = bytesToHex(sha256(utf8ToBytes(`${rule}\u0000${subject ?? ''}\u0000${message}`))).slice(0, 16);
    if (++fingerprintCount > 50_000) {
      fingerprints.clear();
      fingerprintCount = 0;
    }
    byMessage.set(message, fingerprint);
  }
  return fingerprint;
}

const fingerprints = new Map<string, Map<string, Map<string, string>>>();
let fingerprintCount = 0;

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

export function runRule(active: ActiveRule, ctx: CheckContext): RuleRun {
  const outcomes = active.check.evaluate(ctx, active.options, active.rule.applies_to);
  let passed = 0;
  let failed = 0;
  let unknown = 0;
  let credit = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'pass') {
      passed += 1;
      credit += 1;
    } else if (outcome.status === 'fail') {
      failed += 1;
      credit += outcome.score ?? 0;
    } else unknown += 1;
  }
  const assessed = passed + failed;
  const status: RuleResult['status'] =
    outcomes.length === 0 ? 'not-applicable' : assessed === 0 ? 'not-assessed' : failed > 0 ? 'fail' : 'pass';
  return {
    active,
    outcomes,
    result: {
      rule: active.rule.id,
      category: active.rule.category,
      severity: active.rule.severity,
      weight: active.weight,
      score: assessed === 0 ? null : credit / assessed,
      status,
      passed,
      failed,
      unknown,
    },
  };
}

// id → label of the first channel, else contact type, with that id: built once per organisation,
// as a search per finding made a file with 100,000 channels take minutes.
const labelsByOrg = new WeakMap<Organisation, Map<string, string | undefined>>();

/** A subject as a person names it: a channel's or contact type's label, else its id. */
function subjectLabel(org: Organisation, subject: string | null): string {
  if (subject === null) return org.organisation.name;
  let labels = labelsByOrg.get(org);
  if (labels === undefined) {
    labels = new Map();
    for (const labelled of [...org.channels, ...org.contact_types]) if (!labels.has(labelled.id)) labels.set(labelled.id, labelled.label);
    labelsByOrg.set(org, labels);
  }
  return labels.get(subject) ?? subject;
}

function pickText(texts: Record<string, Text>, key: string | undefined, lang: Lang): string {
  return (texts[key ?? 'default'] ?? texts.default)[lang];
}

/** Values a message can use: subject, label, the rule's options, then the check's own. */
export function messageValues(run: RuleRun, org: Organisation, outcome: Outcome): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {
    subject: outcome.subject ?? org.organisation.name,
    label: subjectLabel(org, outcome.subject),
    organisation: org.organisation.name,
  };
  Object.assign(values, optionValues(run.active));
  if (outcome.status !== 'unknown') Object.assign(values, outcome.values ?? {});
  return values;
}

// A rule's options as message values depend on the rule alone: worked out once, not per finding.
const optionValuesByRule = new WeakMap<ActiveRule, Readonly<Record<string, MessageValue>>>();

function optionValues(active: ActiveRule): Readonly<Record<string, MessageValue>> {
  let values = optionValuesByRule.get(active);
  if (values === undefined) {
    const computed: Record<string, MessageValue> = {};
    for (const [name, value] of Object.entries(active.options)) computed[name] = optionValue(active.check.options[name], value);
    values = Object.freeze(computed);
    optionValuesByRule.set(active, values);
  }
  return values;
}

/**
 * Findings and not-assessed entries for all runs. score_gain: how many points the overall score
 * would rise if this subject passed, from the exact means (rules.md scoring).
 */
export function collectFindings(runs: RuleRun[], org: Organisation, locate: Locate, lang: Lang): { findings: Finding[]; notAssessed: NotAssessed[] } {
  const findings: Finding[] = [];
  const notAssessed: NotAssessed[] = [];
  const totalWeight = totalAssessedWeight(runs.map((r) => r.result));
  for (const run of runs) {
    const { rule } = run.active;
    const assessed = run.result.passed + run.result.failed;
    for (const outcome of run.outcomes) {
      // Passes have no place in the report: only what is shown is located.
      if (outcome.status === 'pass') continue;
      const { line, column } = locate(outcome.path);
      if (outcome.status === 'unknown') {
        notAssessed.push({ rule: rule.id, subject: outcome.subject, missing: outcome.missing, line, column });
        continue;
      }
      const values = messageValues(run, org, outcome);
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity: rule.severity,
        subject: outcome.subject,
        title: rule.failure_title[lang],
        message: renderTemplate(pickText(rule.messages, outcome.messageId, lang), values, lang),
        recommendation: renderTemplate(pickText(rule.recommendation, outcome.messageId, lang), values, lang),
        line,
        column,
        path: formatPath(outcome.path),
        data: outcome.data ?? {},
        score_gain: totalWeight === 0 ? 0 : (100 * run.active.weight * (1 - (outcome.score ?? 0))) / assessed / totalWeight,
        fingerprint: fingerprintOf(rule.id, outcome.subject, outcome.messageId),
      });
    }
  }
  return { findings, notAssessed };
}
