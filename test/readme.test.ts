// The README's rule table is generated from the rule files and must not drift from them.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { renderRulesTable, replaceRulesSection } from '../scripts/readme-rules.mjs';
import { shippedRuleList } from '../src/engine/rule-set.js';

test('the README lists every rule as the rule files say (node scripts/readme-rules.mjs)', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(replaceRulesSection(readme, renderRulesTable(shippedRuleList()))).toBe(readme);
});

test('the README names both set-up commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain('npm ci && npx contact-audit check fixtures/energie-vlaanderen.yaml');
  expect(readme).toMatch(/```sh\nnpm test\n```/);
});
