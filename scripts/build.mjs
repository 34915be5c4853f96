// Build: precompile the JSON Schema validators (ajv standalone) and the shipped rule files, then
// bundle the CLI with esbuild. Runs on `npm install` (prepare), so a fresh clone needs no step.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { tmpdir } from 'node:os';
import { readRuleExamples } from './rule-examples.mjs';
import { DEPENDENCY_EDITS } from './dependency-edits.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src', 'generated');
mkdirSync(generated, { recursive: true });

function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/**
 * `import('../interview/inquirer-prompter.js')` → `require('./inquirer-prompter.cjs')` at run time
 * (a dynamic `import()` would need a loader callback that bin's vm.Script does not have).
 */
function separatePromptsPlugin() {
  return {
    name: 'separate-prompts',
    setup(b) {
      b.onResolve({ filter: /inquirer-prompter\.js$/ }, () => ({ path: 'inquirer-prompter', namespace: 'separate-prompts' }));
      b.onResolve({ filter: /^\.\/inquirer-prompter\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'separate-prompts' }, () => ({ contents: "module.exports = require('./inquirer-prompter.cjs');", loader: 'js', resolveDir: root }));
    },
  };
}

// Dependencies' sources as the CommonJS bundle takes them: the speed edits of
// scripts/dependency-edits.mjs, then non-ASCII escaped. One onLoad does both: esbuild uses the
// first onLoad that answers.
function dependencySourcesPlugin() {
  return {
    name: 'dependency-sources',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, async (args) => {
        let source = readFileSync(args.path, 'utf8');
        const warnings = [];
        for (const { file, edits, transform } of DEPENDENCY_EDITS.filter((d) => d.file.test(args.path))) {
          if (edits.every(([from]) => source.split(from).length === 2)) {
            for (const [from, to] of edits) source = source.replace(from, () => to);
          } else warnings.push({ text: `${args.path} changed: a speed edit no longer applies (the bundle still works)` });
          if (transform) source = transform(source, (await import('typescript')).default);
        }
        return { contents: await escapeNonAscii(source, args.path), loader: 'js', warnings };
      });
    },
  };
}

/**
 * esbuild escapes non-ASCII in strings but leaves it in regular expressions and String.raw
 * templates, which opening_hours has (its word corrections: `→`, `ö`, `до`). Escape those too, as
 * the TypeScript parser sees them: `\uXXXX` in a regular expression, `${"\uXXXX"}` in a raw
 * template (a substitution is cooked, so the raw string is the same).
 */
async function escapeNonAscii(source, path) {
  if (!/[^\x00-\x7f]/.test(source)) return source;
  const escape = (text, wrap) => text.replace(/[^\x00-\x7f]/g, (c) => wrap(`\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const ts = (await import('typescript')).default;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      edits.push([node.getStart(file), node.end, escape(node.getText(file), (u) => u)]);
    } else if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template) ? [node.template] : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
      for (const part of parts) edits.push([part.getStart(file), part.end, escape(part.getText(file), (u) => '${"' + u + '"}')]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const schemas = {
  validateOrganisation: readJson('schemas/organisation.schema.json'),
  validateRule: readJson('schemas/rule.schema.json'),
  validateBaseline: readJson('schemas/baseline.schema.json'),
  validateConfig: readJson('schemas/config.schema.json'),
};

// 1. Validators, compiled once here instead of at every start.
const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
addFormats(ajv);
const exportsMap = {};
for (const [name, schema] of Object.entries(schemas)) {
  ajv.addSchema(schema, name);
  exportsMap[name] = name;
}
writeAtomic(join(generated, 'validators.js'), standaloneCode(ajv, exportsMap));
writeAtomic(
  join(generated, 'validators.d.ts'),
  Object.keys(exportsMap)
    .map((name) => `export declare const ${name}: ((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null };`)
    .join('\n') + '\n',
);

// 2. The shipped rules, validated and joined into one JSON file.
const validateRule = ajv.getSchema('validateRule');
const rules = [];
const problems = [];
for (const name of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yaml')).sort()) {
  const rule = parse(readFileSync(join(root, 'rules', name), 'utf8'));
  if (!validateRule(rule)) problems.push(`rules/${name}: ${ajv.errorsText(validateRule.errors)}`);
  else if (`${rule.id}.yaml` !== name) problems.push(`rules/${name}: id ${rule.id} does not match the file name`);
  else rules.push(rule);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeAtomic(join(generated, 'rules.json'), JSON.stringify(rules));
// A failing and a passing example per rule, from its fixtures, for `contact-audit rules show`.
writeAtomic(join(generated, 'rule-examples.json'), JSON.stringify(readRuleExamples(root, rules.map((r) => r.id))));

// 2b. The shipped profiles (rules/profiles/<name>.yaml), validated and bundled as text: the
// configuration resolver parses them with positions, so `config --print` can name their lines,
// and nothing reads rules/ at run time.
const validateConfig = ajv.getSchema('validateConfig');
const profiles = {};
for (const name of readdirSync(join(root, 'rules', 'profiles')).filter((f) => f.endsWith('.yaml')).sort()) {
  const text = readFileSync(join(root, 'rules', 'profiles', name), 'utf8');
  const profile = parse(text) ?? {};
  if (!validateConfig(profile)) problems.push(`rules/profiles/${name}: ${ajv.errorsText(validateConfig.errors)}`);
  // A pack path would be relative to a folder that is not shipped.
  else if (profile.rules !== undefined) problems.push(`rules/profiles/${name}: a shipped profile cannot load rule packs`);
  else profiles[name.replace(/\.yaml$/, '')] = text;
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeAtomic(join(generated, 'profiles.json'), JSON.stringify(profiles));

// 3. The CLI bundle. Dynamic imports (hours library, prompts) become chunks loaded on demand.
const pkg = readJson('package.json');
// Built beside dist/ and swapped in whole, so no stale chunk survives and a failed build leaves
// the previous one intact.
const outdir = join(root, `dist.tmp-${process.pid}`);
await build({
  entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __ca_createRequire } from 'node:module'; const require = __ca_createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// 3b. The same CLI as one CommonJS script, which bin/ runs with a V8 code cache (BENCHMARKS.md:
// compiling is a third of a small check). Dynamic imports become lazily initialised modules in the
// one file, so what is loaded on demand is still only evaluated on demand. Minified and ASCII
// (bin reads it as Latin-1, three times faster than UTF-8 and a one-byte string for V8); the
// questionnaire's prompts (inquirer with its encodings, a megabyte) are a script of their own,
// read only by `init`.
const cjsCommon = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // CONTACT_AUDIT_MINIFY=0 keeps names readable, for a profile (BENCHMARKS.md).
  minify: process.env.CONTACT_AUDIT_MINIFY !== '0',
  charset: 'ascii',
  sourcemap: false,
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__ca_import_meta_url' },
  banner: { js: "const __ca_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};
await build({
  ...cjsCommon,
  entryPoints: [join(root, 'src', 'interview', 'inquirer-prompter.ts')],
  outfile: join(outdir, 'inquirer-prompter.cjs'),
});
await build({
  ...cjsCommon,
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: join(outdir, 'cli.cjs'),
  plugins: [separatePromptsPlugin(), dependencySourcesPlugin()],
});
const cjs = readFileSync(join(outdir, 'cli.cjs'));
if (!isAscii(cjs)) console.error('build: dist/cli.cjs is not ASCII; bin/ will read it as UTF-8 (slower)');
rmSync(join(root, 'dist'), { recursive: true, force: true });
renameSync(outdir, join(root, 'dist'));

// 4. The code cache, made here on the user's machine (prepare) by a training run over the shipped
// example: V8 keeps the functions that run compiled. Not committed (dist/ is ignored); a failed
// training run only costs speed, so it does not fail the build.
// Both the text report (the default) and JSON, so that the cache holds either's functions; the
// text goes to a temporary file (the build must not print a report).
const trainingText = join(tmpdir(), `contact-audit-training-${process.pid}.txt`);
const training = spawnSync(
  process.execPath,
  [join(root, 'bin', 'contact-audit.cjs'), 'check', join(root, 'fixtures', 'energie-vlaanderen.yaml'), '--date', '2026-06-15', '--format', 'json', '--format', 'text', '--output', trainingText],
  { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CONTACT_AUDIT_CODE_CACHE: 'write', NO_COLOR: '1' } },
);
rmSync(trainingText, { force: true });
if (training.status !== 0 && training.status !== 1) {
  console.error(`build: no code cache (the training run exited ${training.status}): ${String(training.stderr).slice(-1000)}`);
}
