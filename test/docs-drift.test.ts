// docs/ holds copies of the contracts (format, rule catalog, notes) and the source articles, so
// the repository stands on its own. Where the project's shared/ folder sits beside the checkout
// (as in CI), the copies must equal it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..');
const shared = join(repo, '..', 'shared');
const pairs: Array<[string, string]> = [
  ...['format.md', 'rules.md', 'notes.md'].map((f): [string, string] => [join('docs', f), join('docs', f)]),
  ...readdirSync(join(repo, 'docs', 'sources')).map((f): [string, string] => [join('docs', 'sources', f), join('seeds', f)]),
  // the standards the SARIF and JUnit formats are validated against
  ...['sarif-schema-2.1.0.json', 'junit.xsd'].map((f): [string, string] => [join('test', 'standards', f), join('schemas', f)]),
];

describe.runIf(existsSync(join(shared, 'docs', 'rules.md')))('vendored docs equal shared/', () => {
  for (const [mine, theirs] of pairs) {
    test(mine, () => {
      expect(readFileSync(join(repo, mine), 'utf8')).toBe(readFileSync(join(shared, theirs), 'utf8'));
    });
  }
  test('every source article is vendored', () => {
    expect(readdirSync(join(repo, 'docs', 'sources')).sort()).toEqual(readdirSync(join(shared, 'seeds')).sort());
  });
});
