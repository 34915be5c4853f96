#!/usr/bin/env node
// Hours are computed in zones we control: the process itself runs in UTC (shared/docs/notes.md).
process.env.TZ = 'UTC';
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { isMainThread, workerData } from 'node:worker_threads';

// Start-up speed (BENCHMARKS.md): compiling the bundle is a third of a small check. The build
// also writes dist/cli.cjs (the whole CLI in one script) and a V8 code cache for it, made by a
// training run on this machine (scripts/build.mjs). V8 refuses a cache made by another Node or
// for another bundle (cachedDataRejected), and then compiles as usual; a missing bundle falls back
// to the plain ESM build. Lazily loaded parts (opening_hours, inquirer) stay lazy in both.
const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
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
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('../dist', import.meta.url)));
  return { ...module.exports, script };
}

const loaded = wantsCache === '0' ? undefined : loadBundle();
const cli = loaded ?? (await import('../dist/cli.js'));
// A parallel `check` starts worker threads on this same script (src/cli/audit-files.ts).
const isWorker = !isMainThread && workerData?.contactAuditWorker !== undefined;
if (isWorker) {
  await cli.runAuditWorker();
} else {
  process.exitCode = await cli.run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    workerEntry: fileURLToPath(import.meta.url),
  });
}
if (loaded && wantsCache === 'write' && !isWorker) {
  // After the run, so the cache holds the functions the run compiled, not just the top level.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, loaded.script.createCachedData());
  renameSync(tmp, cacheFile);
}
