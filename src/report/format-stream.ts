// A format written file by file (issue 6: a batch of a thousand files must not hold every
// FileReport, nor render the whole report into one string). Each format is ONE implementation, a
// StreamFormatter; the whole-report form (`FORMATS[x](report, options)`) drives it over the files.
import type { ChalkInstance } from 'chalk';
import type { FileReport, Report } from '../model/report.js';

export interface FormatOptions {
  chalk: ChalkInstance;
  width?: number;
}

/** The report without its files: all a format needs before the first file. */
export type ReportHeader = Omit<Report, 'files'>;

export interface FormatStream {
  /** the text before the first file */
  start(): string;
  /**
   * The text for one file, called in report order. The stream keeps only what end() needs
   * (counts, and where the format puts something before the files that depends on them, the
   * file's rendered text), never the FileReport nor its arrays.
   */
  file(file: FileReport): string;
  /** the text after the last file */
  end(): string;
}

export type StreamFormatter = (header: ReportHeader, options: FormatOptions) => FormatStream;

/** The report's header: the report without `files` (a Report passed as a header keeps its files out too). */
export function toReportHeader(report: ReportHeader): ReportHeader {
  const { files: _files, ...header } = report as Report;
  return header;
}

/** A whole report in one string, through a format's stream: `start() + file()… + end()`. */
export function renderFiles(stream: FormatStream, files: readonly FileReport[]): string {
  let text = stream.start();
  for (const file of files) text += stream.file(file);
  return text + stream.end();
}
