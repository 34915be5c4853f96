// The README's table of question ids is the questionnaire's own description: it must not drift.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderQuestionTable } from '../../src/interview/describe-questions.js';

test('the README lists every question id as the questionnaire describes it', () => {
  expect(readFileSync('README.md', 'utf8')).toContain(renderQuestionTable());
});

test("the README's answers example is accepted by init --answers", async () => {
  const { mkdtempSync, writeFileSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { runCli } = await import('../helpers/cli.js');
  const example = /```yaml\n# answers\.yaml\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
  expect(example).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-readme-'));
  writeFileSync(join(dir, 'answers.yaml'), example!);
  const result = await runCli(['init', join(dir, 'org.yaml'), '--answers', join(dir, 'answers.yaml')]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(existsSync(join(dir, 'org.yaml'))).toBe(true);
});
