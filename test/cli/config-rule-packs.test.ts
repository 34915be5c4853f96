// Custom rule packs: --rules DIR and `rules:` in the configuration add findings; a broken pack
// exits 2 with file:line:col.
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createTempProject, fixture, type TempProject } from '../config/temp-project.js';

const DATE = '2026-06-15';
const ACME = resolve('fixtures/rule-packs/acme');
let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

const rulesOf = (stdout: string) => JSON.parse(stdout).files[0].findings.map((f: { rule: string; subject: string }) => `${f.rule}:${f.subject}`);

/** A valid pack rule to break in tests. */
const TEAM_RULE = `id: acme-small-team
category: people
severity: warning
check: field-at-least
params: { subjects: teams, field: agents }
options: { at_least: 3 }
title: { en: Teams of three, nl: Teams van drie }
failure_title: { en: A small team, nl: Een klein team }
rationale: { en: Absences., nl: Afwezigheden. }
recommendation: { default: { en: "Grow {label}.", nl: "Laat {label} groeien." } }
messages: { default: { en: "{label} has {value} agents.", nl: "{label} heeft {value} medewerkers." } }
source: [{ kind: practice, note: Acme. }]
`;

describe('custom rule packs', () => {
  test('--rules adds the pack rules and their findings', async () => {
    const without = await runCli(['check', fixture('telecom-night-phone'), '--date', DATE, '--format', 'json', '--fail-on', 'never']);
    expect(rulesOf(without.stdout).filter((r: string) => r.startsWith('acme'))).toEqual([]);
    const { code, stdout } = await runCli(['check', fixture('telecom-night-phone'), '--date', DATE, '--format', 'json', '--fail-on', 'never', '--rules', ACME]);
    expect(code).toBe(0);
    expect(rulesOf(stdout)).toEqual(expect.arrayContaining(['acme-facebook-monitored:facebook', 'acme-email-within-4h:email', 'acme-team-size:webcare']));
    const report = JSON.parse(stdout);
    expect(report.rules.map((r: { id: string }) => r.id)).toContain('acme-team-size');
    const team = report.files[0].findings.find((f: { rule: string }) => f.rule === 'acme-team-size');
    expect(team.message).toBe('webcare has 2 agents, fewer than 3.');
    const email = report.files[0].findings.find((f: { rule: string }) => f.rule === 'acme-email-within-4h');
    expect(email.message).toMatch(/within 2 days, more than 4 h/);
  });

  test('`rules:` in the configuration loads a pack relative to the file, and settings tune its rules', async () => {
    project = createTempProject({ 'packs/acme/small-team.yaml': TEAM_RULE, 'ci/audit.yaml': 'rules: [../packs/acme]\n' });
    const args = ['check', fixture('telecom-night-phone'), '--date', DATE, '--format', 'json', '--fail-on', 'never', '--config', 'ci/audit.yaml'];
    expect(rulesOf((await runCli(args, { cwd: project.dir })).stdout)).toContain('acme-small-team:webcare');
    project.write('ci/audit.yaml', 'rules: [../packs/acme]\nsettings:\n  acme-small-team: { options: { at_least: 2 } }\n');
    expect(rulesOf((await runCli(args, { cwd: project.dir })).stdout)).not.toContain('acme-small-team:webcare');
    project.write('ci/audit.yaml', 'rules: [../packs/acme]\nsettings:\n  acme-small-team: error\n');
    const raised = await runCli([...args.slice(0, -4), '--config', 'ci/audit.yaml'], { cwd: project.dir });
    expect(raised.code).toBe(1);
  });

  // Four broken rule files that both languages must report at the same places.
  const brokenPack = () => ({
      'pack/bad-key.yaml': TEAM_RULE.replace('category: people', 'categroy: people'),
      'pack/bad-check.yaml': TEAM_RULE.replace('acme-small-team', 'acme-other').replace('field-at-least', 'field-at-leest'),
      'pack/clash.yaml': TEAM_RULE.replace('acme-small-team', 'social-absent'),
      'pack/bad-threshold.yaml': TEAM_RULE.replace('acme-small-team', 'acme-third').replace('at_least: 3', 'at_least: lots'),
  });

  test('a broken pack exits 2 with file:line:col for every problem', async () => {
    project = createTempProject({
      ...brokenPack(),
      'pack/bad-subjects.yaml': TEAM_RULE.replace('acme-small-team', 'acme-fourth').replace('subjects: teams', 'subjects: team'),
      'pack/broken.yaml': 'id: [unclosed\n',
    });
    const { code, stderr } = await runCli(['check', fixture('good-practice'), '--date', DATE, '--rules', 'pack'], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^contact-audit: the rule pack cannot be used/);
    expect(stderr).toContain('pack/bad-key.yaml:2:1  categroy  unknown key `categroy` at the top level (did you mean `category`?)');
    expect(stderr).toContain('pack/bad-check.yaml:4:1  check  there is no check field-at-leest (did you mean field-at-least?)');
    expect(stderr).toContain('pack/clash.yaml:1:1  id  rule social-absent already exists');
    expect(stderr).toContain('pack/bad-threshold.yaml:6:12  options.at_least  `lots` is not a number, a duration or a share (e.g. 3, 4h or 80%)');
    expect(stderr).toContain('pack/bad-subjects.yaml:5:11  params.subjects  `team` is not a valid subjects (did you mean `teams`? allowed: channels, teams, contact_types, organisation)');
    expect(stderr).toMatch(/pack\/broken\.yaml:\d+:\d+ /);
  });

  test('in Dutch with --lang nl: the same problems at the same places', async () => {
    project = createTempProject({
      ...brokenPack(),
      'pack/bad-source.yaml': TEAM_RULE.replace('acme-small-team', 'acme-fifth').replace('kind: practice', 'kind: practise'),
    });
    const { code, stdout, stderr } = await runCli(['check', fixture('good-practice'), '--date', DATE, '--rules', 'pack', '--lang', 'nl'], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'contact-audit: het regelpakket is niet bruikbaar (6 problemen):',
      'pack/bad-check.yaml:4:1  check  er is geen controle field-at-leest (bedoel je field-at-least?)',
      'pack/bad-key.yaml:1:1  category  het bestand mist het verplichte veld `category`',
      'pack/bad-key.yaml:2:1  categroy  onbekende sleutel `categroy` op het hoogste niveau (bedoel je `category`?)',
      'pack/bad-source.yaml:12:12  source[0].kind  `practise` is geen geldig kind (bedoel je `practice`? toegelaten: article, practice)',
      'pack/bad-threshold.yaml:6:12  options.at_least  `lots` is geen getal, duur of aandeel (bv. 3, 4h of 80%)',
      'pack/clash.yaml:1:1  id  regel social-absent bestaat al (een regel in een pakket heeft een eigen id nodig, bv. met je organisatie ervoor)',
      '',
    ]);
    const missing = await runCli(['rules', '--rules', 'nowhere', '--lang', 'nl'], { cwd: project.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('contact-audit: het regelpakket is niet bruikbaar (1 probleem):\nnowhere  de map van het regelpakket bestaat niet\n');
  });

  test('a missing or empty pack folder exits 2', async () => {
    project = createTempProject({ 'empty/.keep': '' });
    const missing = await runCli(['check', fixture('good-practice'), '--rules', 'nowhere'], { cwd: project.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere  the rule pack folder does not exist');
    const empty = await runCli(['check', fixture('good-practice'), '--rules', 'empty'], { cwd: project.dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty  the rule pack holds no rule file');
  });
});
