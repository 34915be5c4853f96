// `contact-audit config --print`: the effective configuration, every value with its origin.
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { createTempProject, type TempProject } from '../config/temp-project.js';

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** The line of the printed configuration that sets `key` (under the rule or gate block shown before it). */
function lineOf(text: string, block: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(`${block}:`));
  return lines.slice(start).find((l) => l.trimStart().startsWith(`${key}:`)) ?? '';
}

describe('contact-audit config --print', () => {
  test('each value says where it came from: flag, file (with its line), profile or default', async () => {
    project = createTempProject({
      '.contact-audit.yaml': [
        'extends: strict',
        'settings:',
        '  social-absent: off',
        '  email-slow-answer:',
        '    options:',
        '      max_within: 4h',
        'gates:',
        '  fail_on: warning',
        '  min_category_score: { social: 70 }',
        '',
      ].join('\n'),
    });
    const { code, stdout } = await runCli(['config', '--print', '--fail-on', 'never', '--max-warnings', '3'], { cwd: project.dir });
    expect(code).toBe(0);
    expect(stdout).toContain('# configuration file: .contact-audit.yaml');
    expect(stdout).toContain('# profiles: default, strict');
    expect(lineOf(stdout, 'gates', 'fail_on')).toMatch(/fail_on: never +# from --fail-on$/);
    expect(lineOf(stdout, 'gates', 'max_warnings')).toMatch(/max_warnings: 3 +# from --max-warnings$/);
    expect(lineOf(stdout, 'min_category_score', 'social')).toMatch(/social: 70 +# from \.contact-audit\.yaml:9$/);
    expect(lineOf(stdout, 'gates', 'min_score')).toMatch(/min_score: 80 +# from profile strict \(rules\/profiles\/strict\.yaml:\d+\)$/);
    expect(lineOf(stdout, 'settings', 'social-absent')).toMatch(/social-absent: off +# from \.contact-audit\.yaml:3$/);
    expect(lineOf(stdout, 'email-slow-answer', 'max_within')).toMatch(/max_within: 4h +# from \.contact-audit\.yaml:6$/);
    expect(lineOf(stdout, 'email-slow-answer', 'severity')).toMatch(/severity: error +# from profile strict/);
    expect(lineOf(stdout, 'callback-promise', 'min_kept')).toMatch(/min_kept: 90% +# default$/);
    expect(lineOf(stdout, 'callback-promise', 'severity')).toMatch(/severity: error +# default$/);
  });

  test('the printed configuration is itself a valid configuration that changes nothing', async () => {
    project = createTempProject({ '.contact-audit.yaml': 'extends: strict\nsettings: { social-absent: off }\n' });
    const first = await runCli(['config', '--print'], { cwd: project.dir });
    const data = parse(first.stdout);
    expect(data.settings['social-absent']).toBe('off');
    project.write('.contact-audit.yaml', first.stdout);
    const again = await runCli(['config', '--print'], { cwd: project.dir });
    expect(again.code).toBe(0);
    // Same values; the origins now all point at the file.
    expect(parse(again.stdout)).toEqual(data);
  });

  test('without a configuration file everything is a default', async () => {
    project = createTempProject({ '.git/HEAD': '' });
    const { code, stdout } = await runCli(['config', '--print'], { cwd: project.dir });
    expect(code).toBe(0);
    expect(stdout).toContain('# configuration file: none found');
    const comments = stdout.split('\n').filter((l) => /: .* # /.test(l));
    expect(comments.length).toBeGreaterThan(26);
    for (const l of comments) expect(l).toMatch(/# default/);
  });

  test('--config and --rules are honoured, errors exit 2, and --print is needed', async () => {
    project = createTempProject({ 'ci/audit.yaml': 'rules: [../packs/acme]\n' });
    const packs = await runCli(['config', '--print', '--config', 'ci/audit.yaml'], { cwd: project.dir });
    expect(packs.code).toBe(2);
    expect(packs.stderr).toMatch(/packs\/acme {2}the rule pack folder does not exist/);
    const acme = await runCli(['config', '--print', '--rules', `${process.cwd()}/fixtures/rule-packs/acme`], { cwd: project.dir });
    expect(acme.code).toBe(0);
    expect(lineOf(acme.stdout, 'acme-team-size', 'at_least')).toMatch(/at_least: 3 +# default \(.*acme-team-size\.yaml\)$/);
    expect(acme.stdout).toMatch(/^rules:\n {2}- .*fixtures\/rule-packs\/acme +# from --rules$/m);
    expect((await runCli(['config'], { cwd: project.dir })).code).toBe(2);
  });
});
