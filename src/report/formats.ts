// The one list of output formats (style.md: a Record<Format, Formatter>).
import type { ChalkInstance } from 'chalk';
import type { Report } from '../model/report.js';
import { formatJson } from './format-json.js';
import { formatText } from './format-text.js';

export interface FormatOptions {
  chalk: ChalkInstance;
  width?: number;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATS = {
  text: formatText,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;
