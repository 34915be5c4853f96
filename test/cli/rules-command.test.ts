import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { shippedRuleList } from '../../src/engine/rule-set.js';
import { createTempProject, type TempProject } from '../config/temp-project.js';
import { runCli } from '../helpers/cli.js';

const rules = shippedRuleList();

describe('contact-audit rules', () => {
  test('lists every rule with id, category, severity and title, in English and Dutch', async () => {
    const en = await runCli(['rules']);
    expect(en.code).toBe(0);
    for (const rule of rules) expect(en.stdout).toMatch(new RegExp(`^${rule.id} +${rule.category} +${rule.severity} +${rule.title.en.replace(/[().?*+]/g, '\\$&')}$`, 'm'));
    expect(en.stdout).toMatch(/^rule +category +severity +checks that$/m);
    const nl = await runCli(['rules', '--lang', 'nl']);
    for (const rule of rules) expect(nl.stdout).toContain(rule.title.nl);
    expect(nl.stdout).toMatch(/^regel +categorie +ernst +controleert dat$/m);
  });

  test('--format json lists the rules as data', async () => {
    const { code, stdout } = await runCli(['rules', '--format', 'json', '--lang', 'nl']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.lang).toBe('nl');
    expect(json.rules).toHaveLength(rules.length);
    const slow = json.rules.find((r: { id: string }) => r.id === 'email-slow-answer');
    expect(slow).toEqual({ id: 'email-slow-answer', category: 'responsiveness', severity: 'warning', weight: 2, title: 'E-mail wordt binnen een werkdag beantwoord', enabled: true, origin: 'shipped' });
  });

  describe.each(['en', 'nl'] as const)('rules show <id> --lang %s', (lang) => {
    test.each(rules.map((r) => r.id))('%s', async (id) => {
      const rule = rules.find((r) => r.id === id)!;
      const { code, stdout, stderr } = await runCli(['rules', 'show', id, '--lang', lang]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const flat = stdout.replace(/\s+/g, ' ');
      expect(stdout.startsWith(`${id}  ${rule.title[lang]}\n`)).toBe(true);
      expect(flat).toContain(rule.failure_title[lang]);
      expect(flat).toContain(rule.rationale[lang].replace(/\s+/g, ' ').trim());
      for (const source of rule.source) {
        if (source.kind === 'article') expect(flat).toContain(`“${source.quote.replace(/\s+/g, ' ').trim()}”`);
        else expect(flat).toContain(source.note.replace(/\s+/g, ' ').trim());
      }
      for (const [name, value] of Object.entries(rule.options)) expect(stdout).toContain(`  ${name}: ${Array.isArray(value) ? `[${value.join(', ')}]` : value}\n`);
      const headings = lang === 'en' ? ['Why', 'Sources', 'Options', 'A failing example', 'A passing example'] : ['Waarom', 'Bronnen', 'Opties', 'Een voorbeeld dat faalt', 'Een voorbeeld dat slaagt'];
      for (const heading of headings) expect(stdout).toMatch(new RegExp(`^${heading}`, 'm'));
      expect(stdout).toMatch(new RegExp(`\\(fixtures/rules/${id}/fail-[a-z0-9-]+\\.yaml`));
      expect(stdout).toMatch(new RegExp(`\\(fixtures/rules/${id}/pass-[a-z0-9-]+\\.yaml`));
      expect(stdout).toMatch(/^ {2}version: 1$/m);
      expect(stdout).not.toMatch(/expect-(fail|pass)/);
      expect(stdout).toContain(`docs/rules/${id}.md`);
    });
  });

  test('rules show --format json carries the description, the defaults and both examples', async () => {
    const { code, stdout } = await runCli(['rules', 'show', 'email-slow-answer', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ id: 'email-slow-answer', check: 'response-within', defaults: { max_within: '24h' }, options: { max_within: '24h' }, help_path: 'docs/rules/email-slow-answer.md', enabled: true });
    expect(json.examples.fail).toMatchObject({ file: 'fixtures/rules/email-slow-answer/fail-no-target.yaml', failing: ['form'] });
    expect(json.examples.pass.text).toMatch(/^version: 1$/m);
  });

  test('an unknown id is exit 2 with a did-you-mean, in the language asked', async () => {
    const en = await runCli(['rules', 'show', 'emial-slow-answer']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/there is no rule `emial-slow-answer`; did you mean `email-slow-answer`\?/);
    const nl = await runCli(['rules', 'show', 'nothing-like-it', '--lang', 'nl']);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toMatch(/er is geen regel `nothing-like-it`; de lijst staat in `contact-audit rules`/);
  });
});

describe('contact-audit rules --rules DIR', () => {
  const ACME = resolve('fixtures/rule-packs/acme');
  let project: TempProject | undefined;
  afterEach(() => {
    project?.remove();
    project = undefined;
  });

  test('the list includes the rules of the pack, marked as from a pack', async () => {
    const without = await runCli(['rules']);
    expect(without.stdout).not.toContain('acme-team-size');
    const text = await runCli(['rules', '--rules', ACME]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^acme-team-size +people +warning +Every team has at least 3 agents$/m);
    expect(text.stdout).toContain(`${rules.length + 3} rules;`);
    const json = JSON.parse((await runCli(['rules', '--rules', ACME, '--format', 'json', '--lang', 'nl'])).stdout);
    expect(json.rules.find((r: { id: string }) => r.id === 'acme-team-size')).toEqual({
      id: 'acme-team-size',
      category: 'people',
      severity: 'warning',
      weight: 2,
      title: 'Elk team heeft minstens 3 medewerkers',
      enabled: true,
      origin: 'pack',
    });
    expect(json.rules.filter((r: { origin: string }) => r.origin === 'pack').map((r: { id: string }) => r.id).sort()).toEqual([
      'acme-email-within-4h',
      'acme-facebook-monitored',
      'acme-team-size',
    ]);
  });

  test('show explains a rule of the pack, with --rules before or after its id', async () => {
    for (const argv of [
      ['rules', '--rules', ACME, 'show', 'acme-team-size'],
      ['rules', 'show', 'acme-team-size', '--rules', ACME],
    ]) {
      const { code, stdout, stderr } = await runCli(argv);
      expect(stderr, argv.join(' ')).toBe('');
      expect(code).toBe(0);
      expect(stdout.startsWith('acme-team-size  Every team has at least 3 agents\n')).toBe(true);
      expect(stdout).toMatch(/check field-at-least · from a rule pack$/m);
      expect(stdout).toContain('With fewer than three agents, one holiday or illness leaves a channel unstaffed.');
      expect(stdout).toContain('  at_least: 3\n');
      expect(stdout).toContain('  Acme staffing guideline.');
      // No shipped documentation page for a pack rule.
      expect(stdout).not.toContain('Documentation:');
    }
    const nl = await runCli(['rules', 'show', 'acme-team-size', '--rules', ACME, '--lang', 'nl', '--format', 'json']);
    expect(JSON.parse(nl.stdout)).toMatchObject({ id: 'acme-team-size', title: 'Elk team heeft minstens 3 medewerkers', origin: 'pack', defaults: { at_least: 3 } });
  });

  test('a broken rule in the pack: exit 2 with file:line:column, for the list and for show', async () => {
    const broken = readFileSync(resolve(ACME, 'acme-team-size.yaml'), 'utf8').replace('id: acme-team-size', 'id: acme-broken').replace('severity: warning', 'severity: serious');
    project = createTempProject({ 'pack/acme-broken.yaml': broken, 'pack/acme-ok.yaml': readFileSync(resolve(ACME, 'acme-email-within-4h.yaml'), 'utf8') });
    for (const argv of [
      ['rules', '--rules', 'pack'],
      ['rules', 'show', 'acme-broken', '--rules', 'pack'],
    ]) {
      const { code, stdout, stderr } = await runCli(argv, { cwd: project.dir });
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr.split('\n')).toEqual([
        'contact-audit: the rule pack cannot be used (1 problem):',
        'pack/acme-broken.yaml:4:1  severity  `serious` is not a valid severity (allowed: error, warning, info)',
        '',
      ]);
    }
    const nl = await runCli(['rules', '--rules', 'pack', '--lang', 'nl'], { cwd: project.dir });
    expect(nl.code).toBe(2);
    expect(nl.stderr).toMatch(/^contact-audit: het regelpakket is niet bruikbaar \(1 probleem\):\npack\/acme-broken\.yaml:4:1  severity  `serious` is geen geldig severity /);
  });
});
