// worker_threads, for audit-files.ts to load only when a check starts workers. A module of ours, not
// `import('node:worker_threads')`: the bundle bin/ runs through vm.Script has no dynamic import
// of its own, and the build turns this one into a module initialised on first use.
export { Worker } from 'node:worker_threads';
