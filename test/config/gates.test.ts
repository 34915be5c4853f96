// Every gate, set in .contact-audit.yaml, passing and failing, through the CLI.
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createTempProject, fixture, type TempProject } from './temp-project.js';

const DATE = '2026-06-15';
let project: TempProject | undefined;
afterEach(() => project?.remove());

/** Run check on one bundled organisation in a folder whose configuration is `config`. */
async function checkWith(config: string, organisation: string, flags: string[] = []) {
  project = createTempProject({ '.contact-audit.yaml': config });
  const result = await runCli(['check', fixture(organisation), '--date', DATE, '--format', 'json', ...flags], { cwd: project.dir });
  project.remove();
  project = undefined;
  return result;
}

// insurer-disconnected: score 97, social 0 (social-absent, info), one rule not assessed, no warning.
// energie-vlaanderen: score 20, nine warnings.
describe('gates from the configuration file', () => {
  test('fail_on', async () => {
    expect((await checkWith('gates: { fail_on: info }\n', 'insurer-disconnected')).code).toBe(1);
    expect((await checkWith('gates: { fail_on: warning }\n', 'insurer-disconnected')).code).toBe(0);
  });

  test('min_score', async () => {
    const failing = await checkWith('gates: { fail_on: never, min_score: 98 }\n', 'insurer-disconnected');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/score 97 is below --min-score 98/);
    expect((await checkWith('gates: { fail_on: never, min_score: 97 }\n', 'insurer-disconnected')).code).toBe(0);
  });

  test('min_category_score', async () => {
    const failing = await checkWith('gates: { fail_on: never, min_category_score: { social: 1 } }\n', 'insurer-disconnected');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/social scores 0, below --min-category-score social=1/);
    expect((await checkWith('gates: { fail_on: never, min_category_score: { availability: 100, social: 0 } }\n', 'insurer-disconnected')).code).toBe(0);
  });

  test('min_category_score: a category with nothing assessed does not fail', async () => {
    const result = await checkWith('settings: { social-absent: off }\ngates: { fail_on: never, min_category_score: { social: 50 } }\n', 'insurer-disconnected');
    expect(JSON.parse(result.stdout).files[0].categories.social.score).toBeNull();
    expect(result.code).toBe(0);
  });

  test('max_warnings counts warnings that count', async () => {
    const failing = await checkWith('gates: { fail_on: never, max_warnings: 8 }\n', 'energie-vlaanderen');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/9 warnings, more than --max-warnings 8/);
    expect((await checkWith('gates: { fail_on: never, max_warnings: 9 }\n', 'energie-vlaanderen')).code).toBe(0);
    // Turned off, a rule's warnings count no more.
    expect((await checkWith('settings: { messaging-slow-answer: off }\ngates: { fail_on: never, max_warnings: 8 }\n', 'energie-vlaanderen')).code).toBe(0);
  });

  test('require_complete', async () => {
    const failing = await checkWith('gates: { fail_on: never, require_complete: true }\n', 'insurer-disconnected');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/not assessed \(--require-complete\)/);
    expect((await checkWith('gates: { fail_on: never, require_complete: false }\n', 'insurer-disconnected')).code).toBe(0);
  });
});

describe('gate flags', () => {
  test('--min-category-score and --max-warnings gate as asked', async () => {
    expect((await checkWith('', 'insurer-disconnected', ['--min-category-score', 'social=1'])).code).toBe(1);
    expect((await checkWith('', 'insurer-disconnected', ['--min-category-score', 'social=0', '--min-category-score', 'people=100'])).code).toBe(0);
    expect((await checkWith('', 'energie-vlaanderen', ['--fail-on', 'never', '--max-warnings', '8'])).code).toBe(1);
    expect((await checkWith('', 'energie-vlaanderen', ['--fail-on', 'never', '--max-warnings', '9'])).code).toBe(0);
  });

  test('bad gate flags are usage errors (exit 2) that say what is wrong', async () => {
    const unknown = await checkWith('', 'insurer-disconnected', ['--min-category-score', 'socal=50']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no category "socal" \(did you mean social\?/);
    const number = await checkWith('', 'insurer-disconnected', ['--min-category-score', 'social=lots']);
    expect(number.code).toBe(2);
    expect(number.stderr).toMatch(/from 0 to 100, not "lots"/);
    const form = await checkWith('', 'insurer-disconnected', ['--min-category-score', 'social']);
    expect(form.stderr).toMatch(/category=N/);
    const warnings = await checkWith('', 'insurer-disconnected', ['--max-warnings', '-1']);
    expect(warnings.code).toBe(2);
    expect(warnings.stderr).toMatch(/--max-warnings takes a whole number/);
  });
});
