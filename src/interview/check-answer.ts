// Checks for one typed answer, by value type (format.md, "Value types"): each returns the value
// to keep (normalised: trimmed, `0.8` → `80%`, lists as arrays) or the reason and an example.
// Answers come from the terminal as text and from an --answers file as YAML values, so every
// check accepts both.
import { formatShare, isIsoDate, parseDuration, parseShare, slugify } from '../load/values.js';
import type { Lang } from '../model/rule.js';
import { parseHours, type HoursContext } from '../time/parse-hours.js';
import { interviewTexts } from './interview-texts.js';

export type AnswerValue = string | number | boolean | string[];

export type Checked =
  | { ok: true; value: AnswerValue; warnings?: string[] }
  | { ok: false; message: string; example?: string };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(message: string, example?: string): Checked {
  return { ok: false, message, example };
}

function asText(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  return Array.isArray(raw) ? raw.join(', ') : String(raw).trim();
}

/** `Phone Main` → `phone-main`: the id we suggest for a name. */
export function suggestId(value: string): string {
  return slugify(value) || 'front-nl';
}

export function checkText(raw: unknown, lang: Lang, required: boolean, example: string): Checked {
  const value = asText(raw);
  if (required && value === '') return fail(interviewTexts(lang).required(), example);
  return { ok: true, value };
}

export function checkId(raw: unknown, lang: Lang, taken: readonly string[]): Checked {
  const t = interviewTexts(lang);
  const value = asText(raw);
  if (value === '') return fail(t.required(), 'front-nl');
  if (!ID.test(value)) return fail(t.notAnId(value), suggestId(value));
  if (taken.includes(value)) return fail(t.idTaken(value), `${value}-2`);
  return { ok: true, value };
}

export function checkCountry(raw: unknown, lang: Lang): Checked {
  const value = asText(raw).toUpperCase();
  if (value === '') return { ok: true, value };
  const name = /^[A-Z]{2}$/.test(value) ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(value) : undefined;
  if (!name || name === 'Unknown Region') return fail(interviewTexts(lang).notACountry(asText(raw)), 'BE');
  return { ok: true, value };
}

export function checkTimezone(raw: unknown, lang: Lang): Checked {
  const value = asText(raw);
  if (value === '') return { ok: true, value };
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return fail(interviewTexts(lang).notAZone(value), 'Europe/Brussels');
  }
  return { ok: true, value };
}

/** `nl, fr`, `nl fr` or a list → `[nl, fr]`; empty is none. */
export function checkLanguages(raw: unknown, lang: Lang): Checked {
  const t = interviewTexts(lang);
  const items = (Array.isArray(raw) ? raw.map((v) => String(v)) : asText(raw).split(/[\s,;]+/)).map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (const code of items) {
    if (!/^[a-z]{2}$/.test(code) || names.of(code) === undefined) return fail(t.notALanguage(code), 'nl, fr');
  }
  const repeated = items.find((code, i) => items.indexOf(code) !== i);
  if (repeated) return fail(t.repeated(repeated), 'nl, fr');
  return { ok: true, value: items };
}

/** A share, stored as the percentage the file writes; empty (unknown) is allowed when optional. */
export function checkShare(raw: unknown, lang: Lang, required: boolean): Checked {
  if (!required && asText(raw) === '') return { ok: true, value: '' };
  const parsed = parseShare(typeof raw === 'number' ? raw : asText(raw), lang);
  if (!parsed.ok) return fail(parsed.hint ? `${parsed.message} (${parsed.hint})` : parsed.message, '80%');
  return { ok: true, value: formatShare(parsed.value) };
}

export function checkDuration(raw: unknown, lang: Lang, required: boolean): Checked {
  if (!required && asText(raw) === '') return { ok: true, value: '' };
  const parsed = parseDuration(typeof raw === 'number' ? raw : asText(raw), lang);
  if (!parsed.ok) return fail(parsed.hint ? `${parsed.message} (${parsed.hint})` : parsed.message, '20s, 5m, 24h');
  return { ok: true, value: asText(raw).replace(/\s+/g, '') };
}

export const HOURS_EXAMPLE = 'Mo-Fr 08:00-20:00; Sa 09:00-13:00; PH off';

/** Hours through opening_hours (the library must be loaded); warnings are kept, not refused (format.md). */
export function checkHours(raw: unknown, lang: Lang, ctx: HoursContext): Checked {
  const value = asText(raw);
  if (value === '') return { ok: true, value };
  const parsed = parseHours(value, ctx, lang);
  if (!parsed.ok) return fail(parsed.hint ? `${parsed.error} (${parsed.hint})` : parsed.error, HOURS_EXAMPLE);
  return parsed.warnings.length > 0 ? { ok: true, value, warnings: parsed.warnings } : { ok: true, value };
}

export function checkDate(raw: unknown, lang: Lang): Checked {
  // YAML reads an unquoted 2025-03-01 as a date.
  const value = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : asText(raw);
  if (!isIsoDate(value)) {
    return fail(interviewTexts(lang).notADate(value), '2025-03-01');
  }
  return { ok: true, value };
}

export function checkWholeNumber(raw: unknown, lang: Lang): Checked {
  const text = asText(raw);
  const n = Number(text);
  if (text === '' || !/^\d+$/.test(text) || !Number.isSafeInteger(n)) return fail(interviewTexts(lang).notAWholeNumber(text), '1');
  return { ok: true, value: n };
}

export function checkPositiveNumber(raw: unknown, lang: Lang): Checked {
  const text = asText(raw).replace(',', '.');
  const n = Number(text);
  if (text === '' || !/^\d+(\.\d+)?$/.test(text) || !(n > 0)) return fail(interviewTexts(lang).notAPositiveNumber(asText(raw)), '4.5');
  return { ok: true, value: n };
}

const YES = new Set(['true', 'yes', 'y', 'ja', 'j']);
const NO = new Set(['false', 'no', 'n', 'nee']);

export function checkConfirm(raw: unknown, lang: Lang): Checked {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const text = asText(raw).toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return fail(interviewTexts(lang).notYesNo(asText(raw)), 'yes');
}

export function checkSelect(raw: unknown, lang: Lang, choices: readonly string[]): Checked {
  const value = asText(raw);
  if (!choices.includes(value)) return fail(interviewTexts(lang).notAChoice(value, choices.join(', ')), choices[0]);
  return { ok: true, value };
}

/** A list from the choices, in the choices' order; `atLeastOne` refuses an empty one. */
export function checkCheckbox(raw: unknown, lang: Lang, choices: readonly string[], atLeastOne: boolean): Checked {
  const t = interviewTexts(lang);
  const items = (Array.isArray(raw) ? raw.map((v) => String(v).trim()) : asText(raw).split(/[\s,;]+/)).filter((v) => v !== '');
  for (const item of items) if (!choices.includes(item)) return fail(t.notAChoice(item, choices.join(', ')), choices.slice(0, 2).join(', '));
  if (atLeastOne && items.length === 0) return fail(t.chooseOne(), choices.slice(0, 2).join(', '));
  return { ok: true, value: choices.filter((c) => items.includes(c)) };
}
