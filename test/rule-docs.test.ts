// The rule pages in docs/rules/ are generated from the rule files and fixtures
// (`node scripts/rule-docs.mjs`) and must not drift from them (after typescript-eslint's docs test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { renderRulePages } from '../scripts/rule-docs.mjs';
import { ruleHelpPath } from '../src/engine/describe-rules.js';
import { shippedRuleList } from '../src/engine/rule-set.js';

const pages = renderRulePages('.') as Map<string, string>;
const written = readdirSync(join('docs', 'rules')).filter((f) => f.endsWith('.md'));

describe('rule pages (docs/rules)', () => {
  test('there is a page for every shipped rule and for nothing else', () => {
    const ids = shippedRuleList().map((r) => r.id);
    expect([...pages.keys()].sort()).toEqual(ids.map((id) => `${id}.md`).sort());
    expect(written.sort()).toEqual([...pages.keys()].sort());
    // The reports' help_path points at these pages.
    for (const id of ids) expect(written).toContain(ruleHelpPath(id).replace('docs/rules/', ''));
  });

  test.each([...pages.keys()])('%s matches the rule file (regenerate: node scripts/rule-docs.mjs)', (name) => {
    expect(readFileSync(join('docs', 'rules', name), 'utf8')).toBe(pages.get(name));
  });

  test('a page has both languages, the options with their defaults, the quotes and both examples', () => {
    for (const rule of shippedRuleList()) {
      const page = pages.get(`${rule.id}.md`)!;
      expect(page).toContain(rule.title.en);
      expect(page).toContain(rule.title.nl);
      expect(page).toContain(rule.failure_title.nl);
      for (const [name, value] of Object.entries(rule.options)) expect(page).toContain(`| \`${name}\` | \`${Array.isArray(value) ? `[${value.join(', ')}]` : value}\` |`);
      for (const source of rule.source) if (source.kind === 'article') expect(page).toContain(source.quote.replace(/\s+/g, ' ').trim());
      expect(page).toMatch(/### Failing\n\n\[`fixtures\/rules\/[a-z-]+\/fail-/);
      expect(page).toMatch(/### Passing\n\n\[`fixtures\/rules\/[a-z-]+\/pass-/);
    }
  });
});
