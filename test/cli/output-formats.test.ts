// Several formats at once, written to files through the CLI: `-f FORMAT -o FILE` and
// `-f FORMAT=FILE`, atomically, with text on standard output.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { junitXsdVerdict, sarifErrors } from '../helpers/standards.js';

const example = 'fixtures/energie-vlaanderen.yaml';
const date = ['--date', '2026-06-15'];
const tmp = () => mkdtempSync(join(tmpdir(), 'contact-audit-out-'));

describe('check with output formats', () => {
  test('-f sarif -o a.sarif -f junit -o a.xml -f text: both files written, text on stdout, the SARIF and the JUnit valid', async () => {
    const dir = tmp();
    const sarif = join(dir, 'a.sarif');
    const junit = join(dir, 'a.xml');
    const result = await runCli(['check', example, ...date, '-f', 'sarif', '-o', sarif, '-f', 'junit', '-o', junit, '-f', 'text', '--fail-on', 'never']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Energie Vlaanderen');
    expect(result.stdout).toContain('Score 20/100');
    const sarifText = readFileSync(sarif, 'utf8');
    expect(sarifErrors(sarifText)).toEqual([]);
    const log = JSON.parse(sarifText);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: example, uriBaseId: 'SRCROOT' });
    expect(junitXsdVerdict(readFileSync(junit, 'utf8'))).toBe('ok');
  });

  test('-f sarif=FILE says the same in one word; nothing goes to stdout when every format has a file', async () => {
    const dir = tmp();
    const sarif = join(dir, 'b.sarif');
    const markdown = join(dir, 'b.md');
    const result = await runCli(['check', example, ...date, '-f', `sarif=${sarif}`, `--format=markdown=${markdown}`, '--fail-on', 'never']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(sarifErrors(readFileSync(sarif, 'utf8'))).toEqual([]);
    expect(readFileSync(markdown, 'utf8')).toMatch(/^# contact-audit /);
  });

  test('github and markdown go to stdout when they have no file', async () => {
    const github = await runCli(['check', example, ...date, '-f', 'github', '--fail-on', 'never']);
    expect(github.code).toBe(0);
    expect(github.stdout.split('\n')[0]).toMatch(/^::(error|warning|notice) file=fixtures\/energie-vlaanderen\.yaml,line=\d+,col=\d+,title=/);
    const markdown = await runCli(['check', example, ...date, '-f', 'markdown', '--fail-on', 'never']);
    expect(markdown.stdout).toContain('| Category | Score | Band |');
  });

  test('an output in a folder that does not exist: exit 2, naming the path', async () => {
    const missing = join(tmp(), 'no', 'such', 'folder', 'a.sarif');
    const result = await runCli(['check', example, ...date, '-f', 'sarif', '-o', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(missing);
    expect(result.stderr).toMatch(/folder does not exist/);
  });

  test('an existing output file is replaced whole, and no temporary file is left beside it', async () => {
    const dir = tmp();
    const out = join(dir, 'a.sarif');
    writeFileSync(out, `${'x'.repeat(200_000)}\n`);
    const first = await runCli(['check', example, ...date, '-f', 'sarif', '-o', out, '--fail-on', 'never']);
    expect(first.code).toBe(0);
    const once = readFileSync(out, 'utf8');
    expect(once).not.toContain('xxxx');
    expect(sarifErrors(once)).toEqual([]);
    const second = await runCli(['check', 'fixtures/good-practice.yaml', ...date, '-f', 'sarif', '-o', out, '--fail-on', 'never']);
    expect(second.code).toBe(0);
    const twice = readFileSync(out, 'utf8');
    expect(sarifErrors(twice)).toEqual([]);
    expect(JSON.parse(twice).runs[0].results.every((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      r.locations[0].physicalLocation.artifactLocation.uri === 'fixtures/good-practice.yaml')).toBe(true);
    expect(twice).not.toContain('energie-vlaanderen');
    expect(readdirSync(dir)).toEqual(['a.sarif']);
    expect(existsSync(out)).toBe(true);
  });
});
