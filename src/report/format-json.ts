// The JSON report: the report object itself (contract: schemas/report.schema.json), exactly as
// `JSON.stringify(report, null, 2)` writes it, with the files written one by one where `files`
// stands: before `rules`, as in the Report type and every report check-command builds.
import type { Report } from '../model/report.js';
import { renderFiles, toReportHeader, type FormatStream, type ReportHeader } from './format-stream.js';
import { createArrayWriter, cutJson } from './json-text.js';

/** The header's fields with `files` put back in its place, before `rules` (at the end without one). */
function withFiles(header: ReportHeader, files: unknown): Record<string, unknown> {
  const entries: Array<[string, unknown]> = Object.entries(header).filter(([key]) => key !== 'files');
  const at = entries.findIndex(([key]) => key === 'rules');
  entries.splice(at === -1 ? entries.length : at, 0, ['files', files]);
  return Object.fromEntries(entries);
}

export function streamJson(header: ReportHeader): FormatStream {
  const {
    texts: [before, after],
    holes: [files],
  } = cutJson((hole) => withFiles(header, hole('files')));
  const array = createArrayWriter(files.level);
  return {
    start: () => `${before}${array.open()}`,
    file: (file) => array.item(file),
    end: () => `${array.close()}${after}\n`,
  };
}

export function formatJson(report: Report): string {
  return renderFiles(streamJson(toReportHeader(report)), report.files);
}
