// The extra argument an audit worker thread is started with (audit-files.ts). bin/ looks for it
// before it loads worker_threads, which would cost every start a few milliseconds (BENCHMARKS.md);
// no command line can hold a NUL, so no user can pass it.
export const WORKER_ARGUMENT = '\u0000contact-audit-worker';
