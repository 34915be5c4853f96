// The README's rule table, generated from the rule files: `node scripts/readme-rules.mjs` rewrites
// it; test/readme.test.ts fails when it is out of date.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const CATEGORY_ORDER = ['availability', 'responsiveness', 'social', 'consistency', 'people', 'strategy'];

export function renderRulesTable(rules) {
  const sorted = [...rules].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.id.localeCompare(b.id));
  const rows = sorted.map((r) => {
    const options = Object.entries(r.options).map(([k, v]) => `\`${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}\``).join(', ');
    return `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.category} | ${r.severity} | ${r.title.en} | ${options || '–'} |`;
  });
  return ['| rule | category | severity | checks that | options (defaults) |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function replaceRulesSection(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const rules = JSON.parse(readFileSync(join(root, 'src', 'generated', 'rules.json'), 'utf8'));
  const file = join(root, 'README.md');
  const next = replaceRulesSection(readFileSync(file, 'utf8'), renderRulesTable(rules));
  writeFileSync(`${file}.tmp`, next);
  renameSync(`${file}.tmp`, file);
}
