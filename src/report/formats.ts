// The one list of output formats (style.md: a Record<Format, Formatter>).
import type { ChalkInstance } from 'chalk';
import type { Report } from '../model/report.js';
import type { FormatName } from './format-names.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';

export interface FormatOptions {
  chalk: ChalkInstance;
  width?: number;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
};
