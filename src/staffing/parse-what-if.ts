// The staffing command's what-if flags, parsed into values (errors are values until the CLI).
//   --volume +20% | -10% | 150      relative change of contacts per hour, or an absolute number
//   --handle-time 6m                 parseDuration
//   --target 90%/15s                 share / duration
//   --agents team=N                  repeatable; N ≥ 0 agents (FTE), 0 = without that team
import { cliTexts } from '../cli/cli-messages.js';
import type { Target } from '../model/organisation.js';
import type { Lang } from '../model/rule.js';
import { parseDuration, parseShare } from '../load/values.js';

export type VolumeChange =
  | { kind: 'relative'; factor: number; written: string }
  | { kind: 'absolute'; contacts_per_hour: number; written: string };

export interface WhatIf {
  volume?: VolumeChange;
  /** seconds */
  handle_time?: number;
  target?: Target;
  /** team id → agents */
  agents?: Record<string, number>;
}

export interface WrittenWhatIf {
  volume?: string;
  handleTime?: string;
  target?: string;
  agents?: string[];
  /** the language of the errors (default en) */
  lang?: Lang;
}

export type ParsedWhatIf = { ok: true; value: WhatIf } | { ok: false; errors: string[] };

const RELATIVE = /^\s*([+-])\s*(\d+(?:\.\d+)?)\s*%\s*$/;
const ABSOLUTE = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*h)?\s*$/;

export function parseVolume(value: string, lang: Lang = 'en'): VolumeChange | string {
  const t = cliTexts(lang);
  const relative = RELATIVE.exec(value);
  if (relative) {
    const change = Number(relative[2]) / 100;
    const factor = relative[1] === '+' ? 1 + change : 1 - change;
    if (factor < 0) return t.volumeBelowZero(value);
    // toPrecision: 1 + 0.2 must stay 1.2, not 1.2000000000000002.
    return { kind: 'relative', factor: Number(factor.toPrecision(12)), written: value.trim() };
  }
  const absolute = ABSOLUTE.exec(value);
  if (absolute) return { kind: 'absolute', contacts_per_hour: Number(absolute[1]), written: value.trim() };
  if (/^\s*[+-]\s*\d+(\.\d+)?\s*$/.test(value)) {
    return t.volumeNeedsPercent(value, value.trim());
  }
  return t.volumeTakes(value);
}

export function parseTarget(value: string, lang: Lang = 'en'): Target | string {
  const parts = value.split('/');
  if (parts.length !== 2) return cliTexts(lang).targetTakes(value);
  const share = parseShare(parts[0].trim(), lang);
  if (!share.ok) return `--target ${value}: ${share.message}${share.hint ? ` (${share.hint})` : ''}`;
  const within = parseDuration(parts[1].trim(), lang);
  if (!within.ok) return `--target ${value}: ${within.message}${within.hint ? ` (${within.hint})` : ''}`;
  return { answered: share.value, within: within.value };
}

export function parseWhatIf(written: WrittenWhatIf, teamIds: readonly string[]): ParsedWhatIf {
  const lang = written.lang ?? 'en';
  const t = cliTexts(lang);
  const errors: string[] = [];
  const value: WhatIf = {};
  if (written.volume !== undefined) {
    const volume = parseVolume(written.volume, lang);
    if (typeof volume === 'string') errors.push(volume);
    else value.volume = volume;
  }
  if (written.handleTime !== undefined) {
    const handleTime = parseDuration(written.handleTime.trim(), lang);
    if (!handleTime.ok) errors.push(`--handle-time ${written.handleTime}: ${handleTime.message}${handleTime.hint ? ` (${handleTime.hint})` : ''}`);
    else if (handleTime.value <= 0) errors.push(t.handleTimeAboveZero(written.handleTime));
    else value.handle_time = handleTime.value;
  }
  if (written.target !== undefined) {
    const target = parseTarget(written.target, lang);
    if (typeof target === 'string') errors.push(target);
    else value.target = target;
  }
  for (const entry of written.agents ?? []) {
    const match = /^\s*([^=\s]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(entry);
    if (!match) {
      errors.push(t.agentsTakes(teamIds[0] ?? 'front', entry));
      continue;
    }
    if (!teamIds.includes(match[1])) {
      errors.push(t.noTeam(entry, match[1], teamIds.length > 0 ? teamIds.join(', ') : t.none()));
      continue;
    }
    value.agents = { ...value.agents, [match[1]]: Number(match[2]) };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
