// Every format over many files at once, pinned byte for byte: the goldens (multi-file/ and the
// digests in format-stream.test.ts.snap) were written by the formats as they were before they
// streamed, when each rendered the whole report into one string; the streams must match them.
// Then what streaming promises: a file's text comes when the file does, and no stream keeps a
// FileReport (touching one after its file() throws here; holding one keeps it from the collector).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import type { FileReport, Report } from '../../src/model/report.js';
import { FORMAT_NAMES, type FormatName } from '../../src/report/format-names.js';
import { toReportHeader } from '../../src/report/format-stream.js';
import { FORMATS, STREAM_FORMATS, type FormatOptions, type FormatStream } from '../../src/report/formats.js';
import { junitXsdVerdict, sarifErrors } from '../helpers/standards.js';
import { awkwardReport, multiFileReport, reportOf } from './fixtures/multi-file.js';

const EXTENSION: Record<Exclude<FormatName, 'json'>, string> = { text: 'txt', sarif: 'sarif', junit: 'xml', github: 'annotations.txt', markdown: 'md' };

const plain = (): FormatOptions => ({ chalk: new Chalk({ level: 0 }), width: 100 });
const OPTIONS: Record<string, () => FormatOptions> = {
  plain,
  'coloured-60': () => ({ chalk: new Chalk({ level: 1 }), width: 60 }),
  'truecolour-default-width': () => ({ chalk: new Chalk({ level: 3 }) }),
};

const REPORTS: Record<string, () => Report> = {
  all: multiFileReport,
  'all-nl': () => ({ ...multiFileReport(), lang: 'nl' }),
  none: () => ({ ...multiFileReport(), files: [] }),
  'one-valid': () => reportOf('energie-vlaanderen'),
  'one-invalid': () => reportOf('bad-organisation'),
  'one-without-findings': () => reportOf('good-practice'),
  'valid-then-invalid': () => reportOf('telecom-night-phone', 'good-practice', 'bad-organisation'),
  awkward: awkwardReport,
  'awkward-nl': () => ({ ...awkwardReport(), lang: 'nl' }),
  'awkward-last-alone': () => ({ ...awkwardReport(), files: awkwardReport().files.slice(-1) }),
  'awkward-reversed': () => ({ ...awkwardReport(), files: awkwardReport().files.reverse() }),
};

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A FileReport behind proxies, at every depth, that can all be revoked at once: after revoke()
 * any use of it or of anything read from it (its findings, a finding, its data) throws.
 */
function revocable(file: FileReport): { file: FileReport; revoke: () => void } {
  const revokers: Array<() => void> = [];
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const known = proxies.get(value);
    if (known) return known;
    const { proxy, revoke } = Proxy.revocable(value, { get: (target, key, receiver) => wrap(Reflect.get(target, key, receiver)) });
    revokers.push(revoke);
    proxies.set(value, proxy);
    return proxy;
  };
  return { file: wrap(file) as FileReport, revoke: () => revokers.forEach((revoke) => revoke()) };
}

describe('every format over many files, byte for byte as before streaming', () => {
  test.each(Object.keys(EXTENSION) as Array<keyof typeof EXTENSION>)('%s: the whole report matches its golden', async (format) => {
    await expect(FORMATS[format](multiFileReport(), plain())).toMatchFileSnapshot(`./__snapshots__/multi-file/report.${EXTENSION[format]}`);
  });

  test('json: the whole report is the text the CLI wrote for the stored report, and JSON.stringify’s for every shape', () => {
    expect(FORMATS.json(multiFileReport(), plain())).toBe(readFileSync(new URL('./fixtures/multi-file-report.json', import.meta.url), 'utf8'));
    for (const makeReport of Object.values(REPORTS)) {
      const report = makeReport();
      expect(FORMATS.json(report, plain())).toBe(`${JSON.stringify(report, null, 2)}\n`);
    }
  });

  test('every format, every report shape and option set matches its digest', () => {
    const digests: Record<string, string> = {};
    for (const format of FORMAT_NAMES) {
      for (const [reportName, makeReport] of Object.entries(REPORTS)) {
        for (const [optionsName, makeOptions] of Object.entries(OPTIONS)) {
          digests[`${format} ${reportName} ${optionsName}`] = digest(FORMATS[format](makeReport(), makeOptions()));
        }
      }
    }
    expect(digests).toMatchSnapshot();
  });

  test('the SARIF of many files, an invalid one among them, validates against SARIF 2.1.0; the JUnit XML against its XSD', () => {
    for (const report of [multiFileReport(), awkwardReport(), { ...multiFileReport(), files: [] }]) {
      const errors = sarifErrors(FORMATS.sarif(report, plain()));
      expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
      expect(junitXsdVerdict(FORMATS.junit(report, plain()))).toBe('ok');
    }
  });
});

/** Full collections, each in a later task: a WeakRef holds its target until the job that made it ends. */
async function collect(gc: () => void): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
}

/** Each file to the stream, handing back only weak references to them (no frame of ours holds one after). */
function feed(stream: FormatStream, files: FileReport[]): Array<WeakRef<object>> {
  const refs: Array<WeakRef<object>> = [];
  while (files.length > 0) {
    const file = files.shift()!;
    refs.push(new WeakRef(file), new WeakRef(file.findings), ...file.findings.map((f) => new WeakRef(f)));
    stream.file(file);
  }
  return refs;
}

describe('the streams', () => {
  test.each(FORMAT_NAMES)('%s: driven file by file, with each FileReport revoked once its file() returns, writes the whole report', (format) => {
    for (const makeReport of [multiFileReport, awkwardReport]) {
      const report = makeReport();
      const stream = STREAM_FORMATS[format](toReportHeader(report), plain());
      let text = stream.start();
      for (const original of report.files) {
        const { file, revoke } = revocable(original);
        text += stream.file(file);
        revoke();
      }
      text += stream.end();
      expect(text).toBe(FORMATS[format](makeReport(), plain()));
    }
  });

  test('the revoking is real: a stream that kept a FileReport for end() would throw', () => {
    const { file, revoke } = revocable(multiFileReport().files[1]);
    const kept = file.findings;
    revoke();
    expect(() => kept.length).toThrow(TypeError);
    expect(() => file.file).toThrow(TypeError);
  });

  test.each(FORMAT_NAMES.filter((f) => f !== 'sarif'))('%s: a file’s text is written when the file comes, and end() adds only a summary', (format) => {
    const report = multiFileReport();
    const stream = STREAM_FORMATS[format](toReportHeader(report), plain());
    stream.start();
    for (const file of report.files) {
      expect(stream.file(file), `${format} ${file.file}`).toContain(file.file);
    }
    const end = stream.end();
    for (const file of report.files) expect(end).not.toContain(file.file);
  });

  test('sarif: the run says before its results whether every file was valid, so all of it comes at end()', () => {
    const report = multiFileReport();
    const stream = STREAM_FORMATS.sarif(toReportHeader(report), plain());
    expect(stream.start()).toBe('');
    for (const file of report.files) expect(stream.file(file)).toBe('');
    expect(JSON.parse(stream.end()).runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  test.each(FORMAT_NAMES)('%s: keeps no FileReport, nor its findings, between file() and end()', async (format) => {
    // The collector is the judge: every FileReport is reachable only from a WeakRef once file() returned.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const report = multiFileReport();
    const stream = STREAM_FORMATS[format](toReportHeader(report), plain());
    stream.start();
    const refs = feed(stream, report.files.splice(0));
    await collect(gc);
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
    expect(refs).toHaveLength(2 * 8 + 73); // every file, its findings array and each finding
    expect(typeof stream.end()).toBe('string');
  });

  test('the collector test can fail: a FileReport still referenced is not collected', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const kept = multiFileReport().files[2];
    const ref = new WeakRef(kept);
    await collect(gc);
    expect(ref.deref()).toBe(kept);
  });

  test('json: `files` stands before `rules` whatever the header holds; a whole Report as header does not repeat its files', () => {
    const report = reportOf('good-practice');
    const header = { ...toReportHeader(report), later: 'an optional field added after rules' };
    const stream = STREAM_FORMATS.json(header, plain());
    const text = stream.start() + stream.file(report.files[0]) + stream.end();
    expect(Object.keys(JSON.parse(text))).toEqual(['schema_version', 'tool', 'lang', 'reference_date', 'files', 'rules', 'later']);
    const asHeader = STREAM_FORMATS.json(report, plain());
    expect(asHeader.start() + asHeader.file(report.files[0]) + asHeader.end()).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
