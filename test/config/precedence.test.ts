// Flag over file over profile over default, through the CLI; and where the file is found.
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createTempProject, fixture, type TempProject } from './temp-project.js';

const DATE = '2026-06-15';
let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

async function check(organisation: string, flags: string[] = [], cwd = project!.dir) {
  const result = await runCli(['check', fixture(organisation), '--date', DATE, '--format', 'json', ...flags], { cwd });
  return { ...result, file: result.code === 2 ? undefined : JSON.parse(result.stdout).files[0] };
}

describe('precedence', () => {
  test('a flag beats the file: fail_on info in the file, --fail-on never on the command line', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'gates:\n  fail_on: info\n' });
    expect((await check('insurer-disconnected')).code).toBe(1);
    expect((await check('insurer-disconnected', ['--fail-on', 'never'])).code).toBe(0);
  });

  test('a flag beats the file for scores too', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'gates: { fail_on: never, min_score: 98, min_category_score: { social: 50 } }\n' });
    expect((await check('insurer-disconnected')).code).toBe(1);
    expect((await check('insurer-disconnected', ['--min-score', '90', '--min-category-score', 'social=0'])).code).toBe(0);
  });

  test('the file beats its profile: strict says e-mail within 8h, the file 4h', async () => {
    // good-practice answers e-mail within 8 hours: strict's limit, met exactly.
    project = createTempProject({ '.contact-audit.yaml': 'extends: strict\n' });
    const strict = await check('good-practice');
    expect(strict.file.findings.map((f: { rule: string }) => f.rule)).not.toContain('email-slow-answer');
    expect(strict.code).toBe(0);
    project.write('.contact-audit.yaml', 'extends: strict\nsettings:\n  email-slow-answer: { options: { max_within: 4h } }\n');
    const tighter = await check('good-practice');
    const email = tighter.file.findings.find((f: { rule: string }) => f.rule === 'email-slow-answer');
    // The option from the file, the severity still from the profile.
    expect(email).toMatchObject({ severity: 'error' });
    expect(tighter.code).toBe(1);
  });

  test('a profile beats the default: strict requires complete files and a score of 80', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'extends: strict\ngates: { fail_on: never }\n' });
    const result = await check('insurer-disconnected');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--require-complete/);
    // Without the profile, the default (no completeness gate) passes.
    project.write('.contact-audit.yaml', 'gates: { fail_on: never }\n');
    expect((await check('insurer-disconnected')).code).toBe(0);
  });

  test('settings: off removes a rule, a severity changes it, a weight is kept', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'settings:\n  social-absent: off\n' });
    const off = await check('insurer-disconnected', ['--fail-on', 'info']);
    expect(off.file.rules.map((r: { rule: string }) => r.rule)).not.toContain('social-absent');
    expect(off.code).toBe(0);
    project.write('.contact-audit.yaml', 'settings:\n  social-absent: { severity: error, weight: 7 }\n');
    const raised = await check('insurer-disconnected');
    expect(raised.file.findings[0]).toMatchObject({ rule: 'social-absent', severity: 'error' });
    expect(raised.file.rules.find((r: { rule: string }) => r.rule === 'social-absent')).toMatchObject({ weight: 7 });
    expect(raised.code).toBe(1);
  });
});

describe('finding the configuration', () => {
  test('from the working directory upwards, stopping at the repository root', async () => {
    project = createTempProject({ 'repo/.contact-audit.yaml': 'gates: { fail_on: info }\n', 'repo/sub/dir/.keep': '' });
    expect((await check('insurer-disconnected', [], project.path('repo/sub/dir'))).code).toBe(1);
    // A .git folder below the file makes it another repository's: the search stops there.
    project.write('repo/sub/.git/HEAD', 'ref: refs/heads/main\n');
    expect((await check('insurer-disconnected', [], project.path('repo/sub/dir'))).code).toBe(0);
  });

  test('.yml is read too; both at once is an error', async () => {
    project = createTempProject({ '.contact-audit.yml': 'gates: { fail_on: info }\n' });
    expect((await check('insurer-disconnected')).code).toBe(1);
    project.write('.contact-audit.yaml', 'gates: { fail_on: info }\n');
    const both = await check('insurer-disconnected');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/both \.contact-audit\.yaml and \.contact-audit\.yml/);
  });

  test('--config names the file; a missing one exits 2', async () => {
    project = createTempProject({ 'ci/audit.yaml': 'gates: { fail_on: info }\n' });
    expect((await check('insurer-disconnected', ['--config', 'ci/audit.yaml'])).code).toBe(1);
    const missing = await check('insurer-disconnected', ['--config', 'ci/nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ci\/nope\.yaml {2}the configuration file does not exist/);
  });

  test('a file of comments only configures nothing', async () => {
    project = createTempProject({ '.contact-audit.yaml': '# nothing yet\n' });
    expect((await check('insurer-disconnected')).code).toBe(0);
  });
});

describe('configuration errors: every problem, with line and column, exit 2', () => {
  test('schema problems', async () => {
    project = createTempProject({
      '.contact-audit.yaml': [
        'settings:',
        '  email-slow-answer: { severity: warnin }',
        'gates:',
        '  fail_on: warning',
        '  max_warning: 3',
        '  min_category_score: { socal: 70 }',
        'extra: 1',
        '',
      ].join('\n'),
    });
    const { code, stderr } = await check('insurer-disconnected');
    expect(code).toBe(2);
    expect(stderr).toContain('.contact-audit.yaml:2:24  settings.email-slow-answer.severity  `warnin` is not a valid severity (did you mean `warning`? allowed: off, error, warning, info)');
    expect(stderr).toContain('.contact-audit.yaml:5:3  gates.max_warning  unknown key `max_warning` in gates (did you mean `max_warnings`?)');
    expect(stderr).toContain('.contact-audit.yaml:6:25  gates.min_category_score.socal  unknown key `socal` in min_category_score (did you mean `social`?)');
    expect(stderr).toContain('.contact-audit.yaml:7:1  extra  unknown key `extra` at the top level (known keys here: extends, rules, settings, gates)');
  });

  test('unknown rules, options, params and profiles', async () => {
    project = createTempProject({
      '.contact-audit.yaml': [
        'extends: [strikt]',
        'settings:',
        '  social-absnt: off',
        '  email-slow-answer: { options: { max_within: 8, max_wthin: 8h } }',
        '  answers-fragmented: { options: { field: organisation.tone_of_voice } }',
        '',
      ].join('\n'),
    });
    const first = await check('insurer-disconnected');
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('.contact-audit.yaml:1:11  extends.0  there is no profile strikt (did you mean strict?');
    project.write('.contact-audit.yaml', [
      'settings:',
      '  social-absnt: off',
      '  email-slow-answer: { options: { max_within: 8, max_wthin: 8h } }',
      '  answers-fragmented: { options: { field: organisation.tone_of_voice } }',
      '',
    ].join('\n'));
    const { code, stderr } = await check('insurer-disconnected');
    expect(code).toBe(2);
    expect(stderr).toContain('.contact-audit.yaml:2:3  settings.social-absnt  there is no rule social-absnt (did you mean social-absent?)');
    expect(stderr).toMatch(/\.contact-audit\.yaml:3:35 {2}settings\.email-slow-answer\.options\.max_within {2}max_within: .*unit/);
    expect(stderr).toContain('.contact-audit.yaml:3:50  settings.email-slow-answer.options.max_wthin  rule email-slow-answer has no option max_wthin (did you mean max_within?)');
    expect(stderr).toContain('settings.answers-fragmented.options.field  field is fixed in rule answers-fragmented');
  });

  test('broken YAML', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'gates:\n  fail_on: warning\n  fail_on: error\n' });
    const { code, stderr } = await check('insurer-disconnected');
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.contact-audit\.yaml:3:3 /);
  });
});

describe('configuration errors in Dutch: check, config and rules with --lang nl', () => {
  const SCHEMA_PROBLEMS = [
    'settings:',
    '  email-slow-answer: { severity: warnin }',
    'gates:',
    '  max_warning: 3',
    '  min_score: 150',
    'extra: 1',
    '',
  ].join('\n');
  const DUTCH = [
    'contact-audit: de configuratie is niet bruikbaar (4 problemen):',
    '.contact-audit.yaml:2:24  settings.email-slow-answer.severity  `warnin` is geen geldig severity (bedoel je `warning`? toegelaten: off, error, warning, info)',
    '.contact-audit.yaml:4:3  gates.max_warning  onbekende sleutel `max_warning` in gates (bedoel je `max_warnings`?)',
    '.contact-audit.yaml:5:3  gates.min_score  min_score moet hoogstens 100 zijn, niet `150`',
    '.contact-audit.yaml:6:1  extra  onbekende sleutel `extra` op het hoogste niveau (toegelaten sleutels hier: extends, rules, settings, gates)',
    '',
  ].join('\n');

  test('schema problems, each with file:line:column, exit 2 and no stack, the same for every command', async () => {
    project = createTempProject({ '.contact-audit.yaml': SCHEMA_PROBLEMS });
    const runs = [
      await check('insurer-disconnected', ['--lang', 'nl']),
      await runCli(['config', '--print', '--lang', 'nl'], { cwd: project.dir }),
      await runCli(['rules', '--lang', 'nl'], { cwd: project.dir }),
      await runCli(['rules', 'show', 'email-slow-answer', '--lang', 'nl'], { cwd: project.dir }),
    ];
    for (const { code, stdout, stderr } of runs) {
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(DUTCH);
    }
    expect((await check('insurer-disconnected')).stderr).toMatch(/^contact-audit: the configuration cannot be used \(4 problems\):\n/);
  });

  test('unknown rules, options and profiles, option values, YAML problems and a missing file', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'extends: strikt\n' });
    expect((await check('insurer-disconnected', ['--lang', 'nl'])).stderr).toContain(
      '.contact-audit.yaml:1:1  extends  er is geen profiel strikt (bedoel je strict? profielen: default, strict)',
    );
    project.write('.contact-audit.yaml', 'settings:\n  social-absnt: off\n  email-slow-answer: { options: { max_within: 8, max_wthin: 8h } }\n');
    const { code, stderr } = await check('insurer-disconnected', ['--lang', 'nl']);
    expect(code).toBe(2);
    expect(stderr).toContain('.contact-audit.yaml:2:3  settings.social-absnt  er is geen regel social-absnt (bedoel je social-absent?)');
    expect(stderr).toContain('.contact-audit.yaml:3:35  settings.email-slow-answer.options.max_within  max_within: een duur heeft een eenheid nodig (schrijf 8s, 8m of 8h)');
    expect(stderr).toContain('.contact-audit.yaml:3:50  settings.email-slow-answer.options.max_wthin  regel email-slow-answer heeft geen optie max_wthin (bedoel je max_within?)');
    project.write('.contact-audit.yaml', 'gates:\n  fail_on: warning\n  fail_on: error\n');
    expect((await check('insurer-disconnected', ['--lang', 'nl'])).stderr).toContain('.contact-audit.yaml:3:3  `fail_on` staat twee keer in dezelfde mapping (hou er één van over)');
    const missing = await check('insurer-disconnected', ['--lang', 'nl', '--config', 'ci/nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('contact-audit: de configuratie is niet bruikbaar (1 probleem):\nci/nope.yaml  het configuratiebestand bestaat niet\n');
  });
});
