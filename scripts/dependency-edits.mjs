// Exact edits the build makes to a few dependencies' sources in the CommonJS bundle, for speed
// (issue 6, BENCHMARKS.md). Each must be found exactly once, or the build skips that file's edits
// with a warning and the bundle is only slower; test/build/dependency-edits.test.ts checks that
// every edit still applies to the installed versions.
import { isDeepStrictEqual } from 'node:util';

export const DEPENDENCY_EDITS = [
  {
    // chalk's supports-color asks node:tty whether standard output and error are terminals when it
    // loads, for chalk's default instances; loading node:tty loads node:net with it (about 3 ms of
    // every start). contact-audit never uses those instances: it decides colour itself
    // (colourLevel) and builds its own `new Chalk({ level })`; test/build/dependency-edits.test.ts
    // checks that no source imports chalk's default. Here, they are never colour.
    file: /[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/,
    edits: [["import tty from 'node:tty';", "const tty = { isatty: () => false }; // contact-audit: see scripts/dependency-edits.mjs"]],
  },
  {
    // commander loads child_process when it loads, for subcommands that are programs of their own
    // (it spawns them); contact-audit has none. Loading it costs every start about 3 ms: load it
    // on first use instead (only `spawn` is used).
    file: /[\\/]commander[\\/]lib[\\/]command\.js$/,
    edits: [["const childProcess = require('node:child_process');", "let childProcessModule;\nconst childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };"]],
  },
  {
    // strip-ansi 6 (under cli-table3's string-width) builds its regular expression anew on every
    // call, and cli-table3 measures every cell many times: a fifth of a 1,000-file text report.
    // Build it once (String.prototype.replace resets a global expression's lastIndex).
    file: /[\\/]strip-ansi[\\/]index\.js$/,
    edits: [["module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;", "const ansiPattern = ansiRegex();\nmodule.exports = string => typeof string === 'string' ? string.replace(ansiPattern, '') : string;"]],
  },
  {
    // cli-table3 sets every border character of every cell through setOption, which splits and
    // re-capitalises the option's name and filters an array for the first defined value each
    // time: most of the category table's cost. The same choice, without the garbage: the first
    // value that is neither undefined nor null, and each name's camel case computed once.
    file: /[\\/]cli-table3[\\/]src[\\/]cell\.js$/,
    edits: [
      ['function firstDefined(...args) {\n  return args.filter((v) => v !== undefined && v !== null).shift();\n}', 'function firstDefined(...args) {\n  for (const v of args) if (v !== undefined && v !== null) return v;\n  return undefined;\n}\nconst camelNames = new Map();'],
      ["  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    nameA = nameA.join('');\n", "  let nameA = camelNames.get(nameB);\n  if (nameA === undefined) {\n    nameA = nameB.split('-');\n    if (nameA.length > 1) {\n      nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n      nameA = nameA.join('');\n    } else nameA = null;\n    camelNames.set(nameB, nameA);\n  }\n  if (nameA !== null) {\n"],
    ],
  },
  {
    // fdir (under tinyglobby) tries `require('picomatch')` from node_modules when it loads, for a
    // glob API tinyglobby does not use: a second copy read from disk at run time. Skip the attempt.
    file: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/,
    edits: [['__require.resolve("picomatch");', 'throw 0;']],
  },
  {
    // opening_hours (3.15) rebuilds its table of word corrections for every value it parses, and
    // compiles a Unicode regular expression per multi-word correction for every word it looks
    // up: most of a small check's hours parsing. Build the table once and each expression once;
    // both depend only on the library's own data, and the lookups are unchanged.
    file: /[\\/]opening_hours[\\/]build[\\/]opening_hours\.esm\.mjs$/,
    // Its holiday tables and word lists are half of its source, as object literals that every start
    // compiles (or reads from the code cache) and builds: as JSON text they are parsed faster.
    transform: (source, ts) => dataLiteralsToJson(source, ts),
    edits: [
      ['    const correction_entries = Object.entries(data$1)', '    const correction_entries = index.__correctionEntries ??= Object.entries(data$1)'],
      ['    const phrase_correction_entries = correction_entries.filter(', '    const phrase_correction_entries = index.__phraseCorrectionEntries ??= correction_entries.filter('],
      ['            const match = input.match(new RegExp(', '            const match = input.match(correction.expression ??= new RegExp('],
      // The tokenizer asks for a phrase correction at every token (digits, spaces and separators
      // too), trying 25 expressions one by one; almost never does one match. One expression made
      // of the same patterns as alternatives, with the same ending, matches exactly when one of
      // them does (backtracking tries each), so it is asked first and the loop runs only after
      // a yes. Not used if a pattern refers to a numbered or named group (the numbers would move).
      [
        '    const findPhraseCorrection = (input) => {\n        for (const correction of phrase_correction_entries) {',
        [
          '    const findPhraseCorrection = (input) => {',
          '        const any_phrase = index.__anyPhrase !== undefined ? index.__anyPhrase : (index.__anyPhrase = phrase_correction_entries.some(({ pattern }) => /\\\\[1-9k]/.test(pattern))',
          '            ? null',
          "            : new RegExp('^(?:' + phrase_correction_entries.map(({ pattern }) => '(?:' + pattern + ')').join('|') + ')(\\\\.?)(?=$|[^\\\\p{L}\\\\p{N}_])', 'iu'));",
          '        if (any_phrase !== null && !any_phrase.test(input)) {',
          '            return undefined;',
          '        }',
          '        for (const correction of phrase_correction_entries) {',
        ].join('\n'),
      ],
      // Every evaluation that meets PH recomputes the year's holidays (Easter and the other
      // movable feasts, shifts, substitutes, a sort): most of evaluating a day, and an audit
      // evaluates each hours string on every holiday of the year. The answer depends only on the
      // holiday definitions in the list (shared objects of the library's data), the year and the
      // day shift: kept once per process as times, handed out as fresh Dates (callers may change them).
      [
        '    function getApplyingHolidaysForYear(applying_holidays, year, add_days) {\n        const movableDays = getMovableEventsForYear(year);\n',
        [
          '    function getApplyingHolidaysForYear(applying_holidays, year, add_days) {',
          '        const cache = index.__applyingHolidays ??= { ids: new WeakMap(), lists: new WeakMap(), answers: new Map(), next: 0 };',
          '        let signature = cache.lists.get(applying_holidays);',
          '        if (signature === undefined) {',
          '            signature = applying_holidays.map(function (item) {',
          '                let id = cache.ids.get(item);',
          '                if (id === undefined) {',
          '                    id = cache.next++;',
          '                    cache.ids.set(item, id);',
          '                }',
          '                return id;',
          '            }).join(",");',
          '            cache.lists.set(applying_holidays, signature);',
          '        }',
          '        const key = signature + "|" + year + "|" + add_days[0];',
          '        let answer = cache.answers.get(key);',
          '        if (answer === undefined) {',
          '            answer = computeApplyingHolidaysForYear(applying_holidays, year, add_days).map(function (h) { return [h[0].getTime(), h[1]]; });',
          '            cache.answers.set(key, answer);',
          '        }',
          '        return answer.map(function (h) { return [new Date(h[0]), h[1]]; });',
          '    }',
          '    function computeApplyingHolidaysForYear(applying_holidays, year, add_days) {',
          '        const movableDays = getMovableEventsForYear(year);',
          '',
        ].join('\n'),
      ],
    ],
  },
];


/**
 * Top-level data declared as an object or array literal (`const be = {…}`) written as
 * `JSON.parse("…")` instead, when that gives the same value: V8 parses JSON text faster than it
 * compiles and runs a literal, and the code cache holds a string instead of the literal's code.
 * A literal is left as it is unless JSON keeps every part of it (no functions, undefined, NaN,
 * -0, dates, expressions naming other bindings) and it is large enough to matter. The literals
 * are the dependency's own, evaluated here at build time. `ts`: the TypeScript module (its parser).
 *
 * A table named only once, as a property of another object (`be: be` in the holidays of every
 * country), is parsed when that property is first read: a getter keeps the value, so every read
 * gets the same object, and a check of a Belgian organisation parses no other country's holidays.
 */
export function dataLiteralsToJson(source, ts, minLength = 1000) {
  const file = ts.createSourceFile('dependency.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const converted = new Map(); // name → { start, end, json }
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const literal = declaration.initializer;
      if (!literal || !ts.isIdentifier(declaration.name) || !(ts.isObjectLiteralExpression(literal) || ts.isArrayLiteralExpression(literal))) continue;
      const text = literal.getText(file);
      const json = text.length >= minLength ? jsonOf(text) : undefined;
      if (json !== undefined) converted.set(declaration.name.text, { declaration, literal, json });
    }
  }
  // Where each converted table is read: identifiers that are not a declaration's or a property's name.
  const uses = new Map();
  const visit = (node) => {
    if (ts.isIdentifier(node) && converted.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isVariableDeclaration(parent) && parent.name === node) ||
        ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isGetAccessorDeclaration(parent)) && parent.name === node);
      if (!isName) (uses.get(node.text) ?? uses.set(node.text, []).get(node.text)).push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const edits = [];
  for (const [name, { literal, json }] of converted) {
    const read = uses.get(name) ?? [];
    const property = read.length === 1 ? read[0].parent : undefined;
    const isLazy = property !== undefined && ((ts.isPropertyAssignment(property) && property.initializer === read[0] && ts.isIdentifier(property.name)) || ts.isShorthandPropertyAssignment(property));
    if (isLazy) {
      const declaration = converted.get(name).declaration;
      const statement = declaration.parent.parent;
      edits.push([statement.getStart(file), statement.end, `let ${name}$value;\nconst ${name} = () => (${name}$value ??= JSON.parse(${JSON.stringify(json)}));`]);
      edits.push([property.getStart(file), property.end, `get ${property.name.text}() { return ${name}(); }`]);
    } else edits.push([literal.getStart(file), literal.end, `JSON.parse(${JSON.stringify(json)})`]);
  }
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

function jsonOf(literal) {
  let value;
  try {
    value = new Function(`"use strict"; return (${literal});`)();
  } catch {
    return undefined; // not a plain literal: it names other bindings
  }
  const json = JSON.stringify(value);
  return json !== undefined && isDeepStrictEqual(JSON.parse(json), value) ? json : undefined;
}
