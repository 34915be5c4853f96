// The one list of output formats (style.md: a Record<Format, Formatter>).
import type { ChalkInstance } from 'chalk';
import type { Report } from '../model/report.js';
import type { FormatName } from './format-names.js';
import { formatJson } from './format-json.js';
import { formatText } from './format-text.js';

export interface FormatOptions {
  chalk: ChalkInstance;
  width?: number;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
};
