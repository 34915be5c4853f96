#!/usr/bin/env node
// Hours are computed in zones we control: the process itself runs in UTC (shared/docs/notes.md).
process.env.TZ = 'UTC';
const { run } = await import('../dist/cli.js');
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
