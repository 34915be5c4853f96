// The shipped profiles resolve, and `default` is exactly the catalog.
import { describe, expect, test } from 'vitest';
import { DEFAULT_GATES, profileNames, resolveConfig } from '../../src/config/resolve-config.js';
import { createTempProject } from './temp-project.js';

async function resolveWith(config: string) {
  const project = createTempProject({ '.contact-audit.yaml': config, '.git/HEAD': '' });
  try {
    return await resolveConfig({}, { cwd: project.dir, lang: 'en' });
  } finally {
    project.remove();
  }
}

describe('shipped profiles', () => {
  test('there is a default and a strict profile', () => {
    expect(profileNames()).toEqual(expect.arrayContaining(['default', 'strict']));
  });

  test.each(profileNames())('profile %s resolves', async (name) => {
    const config = await resolveWith(`extends: ${name}\n`);
    expect(config.rules.length).toBeGreaterThan(0);
  });

  test('default changes nothing: the same rules, severities, weights, options and gates as no configuration', async () => {
    const none = await resolveWith('');
    const named = await resolveWith('extends: default\n');
    const shape = (c: typeof none) => c.rules.map((r) => [r.rule.id, r.rule.severity, r.weight, r.options]);
    expect(shape(named)).toEqual(shape(none));
    expect(named.gates).toEqual(DEFAULT_GATES);
    expect(none.gates).toEqual(DEFAULT_GATES);
  });

  test('strict only tightens: no rule off, no severity lowered, e-mail within 8h, score and completeness gates', async () => {
    const none = await resolveWith('');
    const strict = await resolveWith('extends: strict\n');
    expect(strict.rules.map((r) => r.rule.id)).toEqual(none.rules.map((r) => r.rule.id));
    const rank = { info: 1, warning: 2, error: 3 };
    for (const rule of strict.rules) {
      const before = none.rules.find((r) => r.rule.id === rule.rule.id)!;
      expect(rank[rule.rule.severity]).toBeGreaterThanOrEqual(rank[before.rule.severity]);
    }
    const email = strict.rules.find((r) => r.rule.id === 'email-slow-answer')!;
    expect(email.options.max_within).toBe(8 * 3600);
    expect(strict.gates).toMatchObject({ minScore: 80, requireComplete: true });
  });

  test('a later profile in a list overrides an earlier one', async () => {
    const config = await resolveWith('extends: [strict, default]\n');
    // default sets fail_on only; strict's score gate survives, its severities too.
    expect(config.gates.minScore).toBe(80);
    expect(config.sources.profiles).toEqual(['default', 'strict', 'default']);
  });
});
