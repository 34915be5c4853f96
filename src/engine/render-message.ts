// Fill a rule's message and recommendation texts with the figures a check found, per language.
import { innerMap } from '../load/inner-map.js';
import type { Lang, MessageValue, OptionSpec } from '../model/rule.js';

const UNITS: Record<Lang, { hour: string; day: (n: number) => string; and: string }> = {
  en: { hour: 'h', day: (n) => (n === 1 ? 'day' : 'days'), and: 'and' },
  nl: { hour: 'u', day: (n) => (n === 1 ? 'dag' : 'dagen'), and: 'en' },
};

// Figures are written as Intl.NumberFormat writes them in en-GB and nl-BE (grouping by
// thousands, at most `maxDecimals` decimals, halves away from zero, on the shortest decimal that
// reads back as the number), without Intl: its first use costs a small check about 6 ms of
// locale data (BENCHMARKS.md). A property test compares both on every kind of number; what this
// does not write (exponent notation, NaN, infinities) goes to Intl. A batch repeats the same
// shares and hours: each written figure is looked up once per language and precision.
const SEPARATORS: Record<Lang, { group: string; point: string; locale: string }> = {
  en: { group: ',', point: '.', locale: 'en-GB' },
  nl: { group: '.', point: ',', locale: 'nl-BE' },
};
const written = new Map<string, Map<number, string>>();
const MAX_WRITTEN = 10_000;

export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  // Small whole numbers read the same in both locales (no grouping below 1,000).
  if (Number.isInteger(value) && value > -1000 && value < 1000) return Object.is(value, -0) ? '-0' : String(value);
  const key = `${lang}/${maxDecimals}`;
  const table = innerMap(written, key);
  let text = table.get(value);
  if (text === undefined) {
    const { group, point, locale } = SEPARATORS[lang];
    text = writeDecimal(value, maxDecimals, group, point) ?? new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
    if (table.size >= MAX_WRITTEN) table.clear();
    table.set(value, text);
  }
  return text;
}

/** `value` rounded to `maxDecimals` and grouped; undefined for what JavaScript writes with an exponent, NaN and ±∞. */
export function writeDecimal(value: number, maxDecimals: number, group: string, point: string): string | undefined {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e')) return undefined;
  const dot = shortest.indexOf('.');
  let digits = dot < 0 ? shortest : shortest.slice(0, dot) + shortest.slice(dot + 1);
  let whole = dot < 0 ? shortest.length : dot;
  const kept = whole + maxDecimals;
  if (digits.length > kept) {
    const roundsUp = digits.charCodeAt(kept) >= 53; // '5' or more: a half or over, away from zero
    digits = digits.slice(0, kept);
    if (roundsUp) {
      let i = kept - 1;
      while (i >= 0 && digits[i] === '9') i -= 1;
      digits = i < 0 ? `1${'0'.repeat(kept)}` : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(kept - 1 - i);
      if (i < 0) whole += 1;
    }
  }
  let end = digits.length;
  while (end > whole && digits[end - 1] === '0') end -= 1;
  const integer = digits.slice(0, whole);
  let grouped = '';
  for (let start = integer.length % 3 || 3, from = 0; from < integer.length; from = start, start += 3) {
    grouped += (from === 0 ? '' : group) + integer.slice(from, start);
  }
  const fraction = end > whole ? point + digits.slice(whole, end) : '';
  return (value < 0 || Object.is(value, -0) ? '-' : '') + grouped + fraction;
}

export function formatShareText(fraction: number, lang: Lang): string {
  return `${formatNumber(fraction * 100, lang, 1)}%`;
}

export function formatSeconds(seconds: number, lang: Lang): string {
  const u = UNITS[lang];
  if (seconds < 60) return `${formatNumber(seconds, lang)} s`;
  if (seconds < 3600) return `${formatNumber(seconds / 60, lang, 1)} min`;
  if (seconds >= 86400 && seconds % 86400 === 0) return `${seconds / 86400} ${u.day(seconds / 86400)}`;
  return `${formatNumber(seconds / 3600, lang, 1)} ${u.hour}`;
}

/** Minutes as hours and minutes: 200 → `3 h 20 min` (`3 u 20 min`). */
export function formatMinutes(minutes: number, lang: Lang): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${UNITS[lang].hour}` : `${hours} ${UNITS[lang].hour} ${rest} min`;
}

export function formatList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${UNITS[lang].and} ${items[items.length - 1]}`;
}

export function renderValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, lang);
  if ('share' in value) return formatShareText(value.share, lang);
  if ('seconds' in value) return formatSeconds(value.seconds, lang);
  if ('minutes' in value) return formatMinutes(value.minutes, lang);
  return formatList(value.list, lang);
}

/** An option as the message shows it, typed by the check's spec (`90%`, `15 min`). */
export function optionValue(spec: OptionSpec | undefined, converted: unknown): MessageValue {
  if (spec?.type === 'duration' && typeof converted === 'number') return { seconds: converted };
  if (spec?.type === 'share' && typeof converted === 'number') return { share: converted };
  // Already a message value ({seconds}, {share} or a number): see convertOption.
  if (spec?.type === 'quantity') return converted as MessageValue;
  if (Array.isArray(converted)) return { list: converted.map(String) };
  if (typeof converted === 'number' || typeof converted === 'string') return converted;
  return String(converted);
}

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/gi;

/** The placeholder names a text uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Replace `{name}` with its rendered value; an unknown name stays visible (a meta-test forbids it). */
export function renderTemplate(template: string, values: Record<string, MessageValue>, lang: Lang): string {
  // A template is split at its placeholders once (odd parts are names); filling it is then a join.
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (templateParts.size >= 10_000) templateParts.clear();
    templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    out += (name in values ? renderValue(values[name], lang) : `{${name}}`) + parts[k + 1];
  }
  return out;
}

const templateParts = new Map<string, string[]>();
