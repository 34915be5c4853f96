// Parsers for the format's value types (format.md, "Value types"), shared by the loader, the
// rule loader (option values) and the questionnaire. Each returns a value or a reason.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string };

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d)\s*$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400 };

/** `20s`, `5m`, `5min`, `1.5h`, `2d` → seconds. A bare number is refused: say which unit. */
export function parseDuration(value: unknown): Parsed<number> {
  if (typeof value === 'number') {
    return { ok: false, message: `a duration needs a unit`, hint: `write ${value}s, ${value}m or ${value}h` };
  }
  if (typeof value !== 'string') return { ok: false, message: 'a duration is a number and a unit', hint: 'e.g. 20s, 5m, 1.5h, 2d' };
  const m = DURATION.exec(value);
  if (!m) {
    if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
      return { ok: false, message: `"${value}" has no unit`, hint: `write ${value.trim()}s, ${value.trim()}m or ${value.trim()}h` };
    }
    return { ok: false, message: `"${value}" is not a duration`, hint: 'a number and a unit: s, m (or min), h, d, e.g. 20s, 5m, 1.5h' };
  }
  return { ok: true, value: Number(m[1]) * UNIT_SECONDS[m[2]] };
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** `80%`, `12.5%` or a fraction 0..1 → fraction. `80` is refused with the hint `80%`. */
export function parseShare(value: unknown): Parsed<number> {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0 && value <= 1) return { ok: true, value };
    if (Number.isFinite(value) && value > 1 && value <= 100) {
      return { ok: false, message: `${value} is not a share`, hint: `write ${value}% (or ${value / 100} as a fraction)` };
    }
    return { ok: false, message: `${value} is not a share`, hint: 'a percentage from 0% to 100%, or a fraction from 0 to 1' };
  }
  if (typeof value !== 'string') return { ok: false, message: 'a share is a percentage or a fraction', hint: 'e.g. 80% or 0.8' };
  const m = PERCENT.exec(value);
  if (!m) {
    const n = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(n)) return parseShare(n);
    return { ok: false, message: `"${value}" is not a share`, hint: 'a percentage such as 80% or 12.5%, or a fraction such as 0.8' };
  }
  const pct = Number(m[1]);
  if (pct > 100) return { ok: false, message: `${value.trim()} is more than 100%`, hint: 'a share is at most 100%' };
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
