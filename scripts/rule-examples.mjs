// A failing and a passing example per rule, taken from its fixture folder
// (fixtures/rules/<id>/fail-*.yaml, pass-*.yaml: the first of each by name). Shared by the build
// (src/generated/rule-examples.json, for `contact-audit rules show`) and the rule pages
// (scripts/rule-docs.mjs), so both show the same files. The fixtures' `# expect-…` lines are for
// the fixture test, not for readers: they are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function exampleOf(root, id, kind) {
  const folder = join(root, 'fixtures', 'rules', id);
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder)
    .filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.yaml'))
    .sort()[0];
  if (!name) return undefined;
  const lines = readFileSync(join(folder, name), 'utf8').split('\n');
  // `# expect-fail: a, b` names the subjects that fail (`-`: the organisation); kept as data.
  const subjects = (key) =>
    lines
      .map((line) => new RegExp(`^#\\s*expect-${key}:\\s*(.*)$`).exec(line)?.[1])
      .filter((v) => v !== undefined)
      .flatMap((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
      .map((s) => (s === '-' ? null : s));
  const text = lines.filter((line) => !/^#\s*expect-/.test(line)).join('\n');
  return { file: `fixtures/rules/${id}/${name}`, text: text.trimEnd() + '\n', failing: subjects('fail'), passing: subjects('pass') };
}

/** `{ [id]: { fail?: Example, pass?: Example } }`, Example = `{ file, text, failing, passing }` (subject ids; null: the organisation). */
export function readRuleExamples(root, ids) {
  const out = {};
  for (const id of ids) {
    const fail = exampleOf(root, id, 'fail');
    const pass = exampleOf(root, id, 'pass');
    out[id] = { ...(fail ? { fail } : {}), ...(pass ? { pass } : {}) };
  }
  return out;
}
