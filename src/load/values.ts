// Parsers for the format's value types (format.md, "Value types"), shared by the loader, the
// rule loader (option values) and the questionnaire. Each returns a value or a reason, in the
// language asked for (default English).
import type { Lang } from '../model/rule.js';
import { loadTexts } from './load-messages.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string };

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d)\s*$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400 };

/** `20s`, `5m`, `5min`, `1.5h`, `2d` → seconds. A bare number is refused: say which unit. */
export function parseDuration(value: unknown, lang: Lang = 'en'): Parsed<number> {
  const t = loadTexts(lang);
  if (typeof value === 'number') {
    return { ok: false, message: t.durationNeedsUnit(), hint: t.durationUnits(String(value)) };
  }
  if (typeof value !== 'string') return { ok: false, message: t.durationKind(), hint: t.durationExamples() };
  const m = DURATION.exec(value);
  if (!m) {
    if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
      return { ok: false, message: t.durationWithoutUnit(`"${value}"`), hint: t.durationUnits(value.trim()) };
    }
    return { ok: false, message: t.notADuration(`"${value}"`), hint: t.durationForm() };
  }
  return { ok: true, value: Number(m[1]) * UNIT_SECONDS[m[2]] };
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** `80%`, `12.5%` or a fraction 0..1 → fraction. `80` is refused with the hint `80%`. */
export function parseShare(value: unknown, lang: Lang = 'en'): Parsed<number> {
  const t = loadTexts(lang);
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0 && value <= 1) return { ok: true, value };
    if (Number.isFinite(value) && value > 1 && value <= 100) {
      return { ok: false, message: t.notAShare(String(value)), hint: t.sharePercentOrFraction(String(value), String(value / 100)) };
    }
    return { ok: false, message: t.notAShare(String(value)), hint: t.shareRange() };
  }
  if (typeof value !== 'string') return { ok: false, message: t.shareKind(), hint: t.shareExamples() };
  const m = PERCENT.exec(value);
  if (!m) {
    const n = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(n)) return parseShare(n, lang);
    return { ok: false, message: t.notAShare(`"${value}"`), hint: t.shareForm() };
  }
  const pct = Number(m[1]);
  if (pct > 100) return { ok: false, message: t.shareOver100(value.trim()), hint: t.shareAtMost100() };
  // toPrecision: 33.3 / 100 is 0.33299999999999996 in binary; keep the share the user wrote.
  return { ok: true, value: Number((pct / 100).toPrecision(12)) };
}

/** Format a share back as the file would write it: 0.8 → `80%`, 0.125 → `12.5%`. */
export function formatShare(fraction: number): string {
  return `${Number((fraction * 100).toFixed(6))}%`;
}

/** Format seconds the way the file writes durations: 1200 → `20m`, 5400 → `1.5h`. */
export function formatDuration(seconds: number): string {
  if (seconds !== 0 && seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds >= 3600 && (seconds / 3600) * 10 === Math.round((seconds / 3600) * 10)) return `${Number((seconds / 3600).toFixed(1))}h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${Number(seconds.toFixed(3))}s`;
}

/** A real calendar date written as YYYY-MM-DD (`2025-02-29` is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `Phone Main` → `phone-main`: what a name would be as an id (`a-z`, `0-9`, `-`); `` when nothing is left. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
