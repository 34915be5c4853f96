#!/usr/bin/env node
// The command. CommonJS, not an ES module: Node starts a CommonJS script without its ES module
// loader, about 8 ms sooner (BENCHMARKS.md), and every `contact-audit` run pays that.
'use strict';
// Hours are computed in zones we control: the process itself runs in UTC (shared/docs/notes.md).
process.env.TZ = 'UTC';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

// Start-up speed (BENCHMARKS.md): compiling the bundle is a third of a small check. The build
// also writes dist/cli.cjs (the whole CLI in one script) and a V8 code cache for it, made by a
// training run on this machine (scripts/build.mjs). V8 refuses a cache made by another Node or
// for another bundle (cachedDataRejected), and then compiles as usual; a missing bundle falls back
// to the plain ESM build. Lazily loaded parts (opening_hours, inquirer) stay lazy in both.
const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'cli.cjs');
const cacheFile = `${bundle}.cache`;
const wantsCache = process.env.CONTACT_AUDIT_CODE_CACHE; // 'write': the build's training run; '0': off

function loadBundle() {
  let source;
  try {
    // The build makes it ASCII: Latin-1 decoding is a copy, UTF-8 a decode (BENCHMARKS.md).
    const bytes = readFileSync(bundle);
    source = isAscii(bytes) ? bytes.latin1Slice() : bytes.utf8Slice();
  } catch {
    return undefined;
  }
  let cachedData;
  if (wantsCache === undefined) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: compile as usual
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, dist);
  return { ...module.exports, script };
}

function isAuditWorker() {
  const { isMainThread, workerData } = require('node:worker_threads');
  return !isMainThread && workerData?.contactAuditWorker !== undefined;
}

async function main() {
  const loaded = wantsCache === '0' ? undefined : loadBundle();
  const cli = loaded ?? (await import(pathToFileURL(join(dist, 'cli.js')).href));
  // A parallel `check` starts worker threads on this same script with an argument no command line
  // can hold (src/cli/worker-argument.ts); worker_threads is loaded only then.
  const isWorker = process.argv[2] === cli.WORKER_ARGUMENT && isAuditWorker();
  if (isWorker) {
    await cli.runAuditWorker();
  } else {
    // V8's own threads yield to this one (src/cli/thread-priority.ts).
    cli.lowerBackgroundPriority();
    process.exitCode = await cli.run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      // Made on first use: only `init` reads it, and making it loads a stream stack (BENCHMARKS.md).
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      cwd: process.cwd(),
      workerEntry: __filename,
    });
  }
  if (loaded && wantsCache === 'write' && !isWorker) {
    // After the run, so the cache holds the functions the run compiled, not just the top level.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, loaded.script.createCachedData());
    renameSync(tmp, cacheFile);
  }
}

main().catch((error) => {
  // Only a broken installation gets here (cli.run answers every error itself): one line, no stack.
  process.stderr.write(`contact-audit: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
