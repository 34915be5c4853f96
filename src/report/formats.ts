// The one list of output formats (style.md: a Record<Format, Formatter>). Each format is written
// once, as a stream (format-stream.ts); the whole-report formatters run that stream over the files.
import type { Report } from '../model/report.js';
import type { FormatName } from './format-names.js';
import { streamGithub } from './format-github.js';
import { streamJson } from './format-json.js';
import { streamJunit } from './format-junit.js';
import { streamMarkdown } from './format-markdown.js';
import { streamSarif } from './format-sarif.js';
import { renderFiles, toReportHeader, type FormatOptions, type StreamFormatter } from './format-stream.js';
import { streamText } from './format-text.js';

export type { FormatOptions, FormatStream, ReportHeader, StreamFormatter } from './format-stream.js';

export type Formatter = (report: Report, options: FormatOptions) => string;

export const STREAM_FORMATS: Record<FormatName, StreamFormatter> = {
  text: streamText,
  json: streamJson,
  sarif: streamSarif,
  junit: streamJunit,
  github: streamGithub,
  markdown: streamMarkdown,
};

const toFormatter =
  (format: StreamFormatter): Formatter =>
  (report, options) =>
    renderFiles(format(toReportHeader(report), options), report.files);

export const FORMATS: Record<FormatName, Formatter> = {
  text: toFormatter(streamText),
  json: toFormatter(streamJson),
  sarif: toFormatter(streamSarif),
  junit: toFormatter(streamJunit),
  github: toFormatter(streamGithub),
  markdown: toFormatter(streamMarkdown),
};
