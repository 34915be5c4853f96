// Which format goes where. `-f sarif -o audit.sarif -f text`: an --output belongs to the --format
// before it; `-f sarif=audit.sarif` says the same in one word. At most one format goes to stdout.
import type { Lang } from '../model/rule.js';
import { cliTexts } from './cli-messages.js';
import { CliError } from './io.js';

export interface OutputTarget {
  format: string;
  /** undefined: standard output */
  path?: string;
}

const FORMAT_FLAGS = new Set(['-f', '--format']);
const OUTPUT_FLAGS = new Set(['-o', '--output']);

function readFlag(argv: string[], i: number, names: Set<string>): { value: string; next: number } | undefined {
  const arg = argv[i];
  for (const name of names) {
    if (arg === name) return argv[i + 1] === undefined ? undefined : { value: argv[i + 1], next: i + 2 };
    if (name.startsWith('--') && arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i + 1 };
    if (!name.startsWith('--') && arg.startsWith(name) && arg.length > name.length) return { value: arg.slice(name.length), next: i + 1 };
  }
  return undefined;
}

/** The targets in the order given; with no --format, one text report on stdout. Errors in `lang`. */
export function readOutputTargets(argv: string[], formats: readonly string[], lang: Lang = 'en'): OutputTarget[] {
  const t = cliTexts(lang);
  const targets: OutputTarget[] = [];
  for (let i = 0; i < argv.length; ) {
    if (argv[i] === '--') break;
    const format = readFlag(argv, i, FORMAT_FLAGS);
    if (format) {
      const [name, path] = format.value.split(/=(.*)/s, 2);
      targets.push(path ? { format: name, path } : { format: name });
      i = format.next;
      continue;
    }
    const output = readFlag(argv, i, OUTPUT_FLAGS);
    if (output) {
      const last = targets[targets.length - 1];
      if (!last) targets.push({ format: 'text', path: output.value });
      else if (last.path !== undefined) throw new CliError(t.outputAfterFormat(output.value, last.format));
      else last.path = output.value;
      i = output.next;
      continue;
    }
    i += 1;
  }
  if (targets.length === 0) targets.push({ format: 'text' });
  for (const target of targets) {
    if (!formats.includes(target.format)) throw new CliError(t.unknownFormat(target.format, formats.join(', ')));
  }
  const toStdout = targets.filter((target) => target.path === undefined);
  if (toStdout.length > 1) {
    throw new CliError(t.bothToStdout(toStdout.map((target) => target.format).join(` ${t.and()} `)));
  }
  const paths = targets.filter((target) => target.path !== undefined).map((target) => target.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new CliError(t.twoFormatsWrite(twice));
  return targets;
}
