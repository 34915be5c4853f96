import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandInputs } from '../../src/cli/expand-inputs.js';
import { createProgress } from '../../src/cli/progress.js';
import { runCli } from '../helpers/cli.js';

const good = readFileSync('fixtures/good-practice.yaml', 'utf8');
const example = readFileSync('fixtures/energie-vlaanderen.yaml', 'utf8');

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-many-'));
  mkdirSync(join(dir, 'orgs', 'be'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'orgs', 'good.yaml'), good);
  writeFileSync(join(dir, 'orgs', 'be', 'example.yml'), example);
  writeFileSync(join(dir, 'orgs', 'notes.txt'), 'not an organisation');
  writeFileSync(join(dir, 'node_modules', 'x', 'skip.yaml'), 'version: 1');
  writeFileSync(join(dir, '.contact-audit.yaml'), 'settings: {}\n');
  return dir;
}

describe('many files', () => {
  test('a directory means every .yaml and .yml below it, in a stable order, without node_modules or the config file', async () => {
    const dir = tree();
    expect(await expandInputs(['.'], dir)).toEqual([join('orgs', 'be', 'example.yml'), join('orgs', 'good.yaml')]);
  });

  test('files are named from the working folder when they are below it, else by their whole path', async () => {
    const { dirname, basename, relative, resolve } = await import('node:path');
    const dir = tree();
    const below = [join('orgs', 'be', 'example.yml'), join('orgs', 'good.yaml')];
    expect(await expandInputs([dir], dir)).toEqual(below);
    expect(await expandInputs([dir], dirname(dir))).toEqual(below.map((file) => join(basename(dir), file)));
    expect(await expandInputs([join(dir, 'orgs')], join(dir, 'node_modules'))).toEqual(below.map((file) => join(dir, file)));
    expect(await expandInputs([dir], resolve('/'))).toEqual(below.map((file) => relative(resolve('/'), join(dir, file))));
    // A folder whose name starts with two dots is named by its whole path, as relative() reads it.
    mkdirSync(join(dir, '..odd'));
    writeFileSync(join(dir, '..odd', 'x.yaml'), good);
    expect(await expandInputs(['..odd'], dir)).toEqual([join(dir, '..odd', 'x.yaml')]);
  });

  test('globs expand, duplicates are audited once, a missing path is kept for the reader to report', async () => {
    const dir = tree();
    expect(await expandInputs(['orgs/**/*.y*ml', 'orgs/good.yaml', 'missing.yaml'], dir)).toEqual([
      join('orgs', 'be', 'example.yml'),
      join('orgs', 'good.yaml'),
      'missing.yaml',
    ]);
  });

  test('one section per file and one exit code for all', async () => {
    const dir = tree();
    const both = await runCli(['check', 'orgs', '--date', '2026-06-15', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(both.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([join('orgs', 'be', 'example.yml'), join('orgs', 'good.yaml')]);
    expect(both.code).toBe(1); // the example has error findings
    const withMissing = await runCli(['check', 'orgs', 'nope/*.yaml', '--date', '2026-06-15'], { cwd: dir });
    expect(withMissing.code).toBe(2); // a file that cannot be audited outranks a failed gate
    expect(withMissing.stdout).toContain('Waterlink Antwerpen');
  });

  test('the progress bar is drawn on a terminal for large batches only, and cleared at the end', () => {
    let drawn = '';
    const tty = { write: (s: string) => (drawn += s), isTTY: true, columns: 80 };
    let clock = 0;
    const progress = createProgress(tty, 50, () => (clock += 200));
    for (let i = 0; i < 50; i++) progress.tick(`org-${i}.yaml`);
    progress.done();
    expect(drawn).toContain('50/50');
    expect(drawn.endsWith('\r\u001b[2K')).toBe(true);
    let piped = '';
    const pipe = createProgress({ write: (s: string) => (piped += s), isTTY: false }, 50);
    pipe.tick('a.yaml');
    pipe.done();
    expect(piped).toBe('');
    let small = '';
    const few = createProgress({ write: (s: string) => (small += s), isTTY: true }, 3);
    few.tick('a.yaml');
    expect(small).toBe('');
  });
});

describe('standard output while many files are audited', () => {
  async function writesTo(isTTY: boolean): Promise<{ writes: number; text: string }> {
    const { run } = await import('../../src/cli/main.js');
    const dir = mkdtempSync(join(tmpdir(), 'contact-audit-stdout-'));
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `org-${String(i).padStart(2, '0')}.yaml`), example);
    let writes = 0;
    let text = '';
    await run(['check', '.', '--date', '2026-06-15', '--no-color'], {
      stdout: { write: (s: string) => ((writes += 1), (text += s)), isTTY, columns: 100 },
      stderr: { write: () => true, isTTY: true, columns: 100 },
      env: {},
      cwd: dir,
    });
    return { writes, text };
  }

  test('a terminal gets the report whole, after the progress bar; a file or pipe gets it in pieces as it is made, the same text', async () => {
    const terminal = await writesTo(true);
    const pipe = await writesTo(false);
    expect(terminal.writes).toBe(1);
    expect(pipe.writes).toBeGreaterThan(1);
    expect(pipe.text).toBe(terminal.text);
  }, 30_000);
});
