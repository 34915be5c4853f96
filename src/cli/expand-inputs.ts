// The files a `check` names: plain paths, directories (every .yaml/.yml below them) and globs
// (`orgs/**/*.yaml`), in a stable order, each once. A path that does not exist is kept so that the
// reader reports it (exit 2), rather than silently dropped.
import { isAbsolute, join, relative, sep } from 'node:path';
import { statIfAny } from '../load/stat-if-any.js';

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.contact-audit.yaml', '**/.contact-audit.yml'];

function display(cwd: string, file: string): string {
  // A file below cwd (the usual case, a thousand times in a batch): relative() gives the rest.
  const rel = file.startsWith(cwd) && file[cwd.length] === sep && !cwd.endsWith(sep) ? file.slice(cwd.length + 1) : relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function expandInputs(inputs: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, absolute?: string) => {
    const key = absolute ?? (isAbsolute(file) ? file : join(cwd, file));
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const input of inputs) {
    const absolute = isAbsolute(input) ? input : join(cwd, input);
    const info = statIfAny(absolute);
    if (info?.isDirectory()) {
      // Loaded only for folders and patterns: a plain file list (the usual case) never needs it.
      // Read synchronously: the command has nothing else to do meanwhile, and an asynchronous
      // walk starts libuv's thread pool for it.
      const { globSync } = await import('tinyglobby');
      const found = globSync(['**/*.yaml', '**/*.yml'], { cwd: absolute, ignore: IGNORED, absolute: true, dot: false });
      for (const file of found.sort()) add(display(cwd, file), file);
    } else if (!info && (await import('tinyglobby')).isDynamicPattern(input)) {
      const { glob } = await import('tinyglobby');
      const found = await glob([input], { cwd, ignore: IGNORED, absolute: true });
      for (const file of found.sort()) add(display(cwd, file));
      if (found.length === 0) add(input);
    } else add(input);
  }
  return out;
}
