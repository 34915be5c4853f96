// `config --print`: the effective configuration as YAML that could be saved as a configuration
// file, every value annotated with where it came from. Pure: sources in, text out.
import { stringify } from 'yaml';
import { CATEGORIES } from '../model/rule.js';
import type { ConfigSources, Origin, Sourced } from './resolve-config.js';

export function describeOrigin(origin: Origin): string {
  switch (origin.kind) {
    case 'default':
      return `default${origin.note ? ` ${origin.note}` : ''}${origin.file ? ` (${origin.file})` : ''}`;
    case 'profile':
      return `from profile ${origin.name} (rules/profiles/${origin.name}.yaml:${origin.line})`;
    case 'file':
      return `from ${origin.file}:${origin.line}`;
    case 'flag':
      return `from ${origin.flag}`;
  }
}

function scalar(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }`;
  return stringify(value, { version: '1.2' }).trim();
}

// Comments line up here, so a column of origins can be read at a glance.
const COMMENT_COLUMN = 44;

function line(indent: number, key: string, sourced: Sourced<unknown>): string {
  const text = `${'  '.repeat(indent)}${key}: ${scalar(sourced.value)}`;
  return `${text.padEnd(Math.max(COMMENT_COLUMN, text.length + 2))}# ${describeOrigin(sourced.origin)}`;
}

export function printConfig(sources: ConfigSources): string {
  const out: string[] = [
    '# contact-audit: the effective configuration (flag over file over profile over default)',
    `# configuration file: ${sources.file ?? 'none found'}`,
    `# profiles: ${sources.profiles.length > 0 ? sources.profiles.join(', ') : 'none'}`,
  ];
  if (sources.packs.length > 0) {
    out.push('rules:');
    for (const pack of sources.packs) {
      const text = `  - ${scalar(pack.value)}`;
      out.push(`${text.padEnd(Math.max(COMMENT_COLUMN, text.length + 2))}# ${describeOrigin(pack.origin)}`);
    }
  }
  const { gates } = sources;
  out.push('gates:', line(1, 'fail_on', gates.fail_on));
  out.push(gates.min_score ? line(1, 'min_score', gates.min_score) : '  # min_score: not set');
  const categories = CATEGORIES.filter((c) => gates.min_category_score[c] !== undefined);
  if (categories.length === 0) out.push('  # min_category_score: not set');
  else {
    out.push('  min_category_score:');
    for (const c of categories) out.push(line(2, c, gates.min_category_score[c]!));
  }
  out.push(gates.max_warnings ? line(1, 'max_warnings', gates.max_warnings) : '  # max_warnings: not set');
  out.push(line(1, 'require_complete', gates.require_complete));
  out.push('settings:');
  for (const rule of sources.rules) {
    if (!rule.enabled.value) {
      out.push(line(1, rule.id, { value: 'off', origin: rule.enabled.origin }));
      continue;
    }
    out.push(`  ${rule.id}:${rule.pack ? `${' '.repeat(Math.max(1, COMMENT_COLUMN - rule.id.length - 3))}# rule pack ${rule.pack}` : ''}`);
    out.push(line(2, 'severity', rule.severity), line(2, 'weight', rule.weight));
    const options = Object.entries(rule.options);
    if (options.length > 0) {
      out.push('    options:');
      for (const [name, value] of options) out.push(line(3, name, value));
    }
  }
  return `${out.join('\n')}\n`;
}
