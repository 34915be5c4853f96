// A progress bar on stderr for large batches, only when stderr is a terminal (CI logs and pipes
// get nothing). Redrawn at most every 100 ms so that it costs nothing next to the audit.
import type { OutputStream } from './io.js';

export interface Progress {
  tick(file: string): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };
export const PROGRESS_MIN_FILES = 20;

export function createProgress(stream: OutputStream, total: number, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return SILENT;
  let count = 0;
  let drawnAt = 0;
  const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
  const draw = (file: string) => {
    const filled = Math.round((count / total) * width);
    const name = file.length > 30 ? `…${file.slice(-29)}` : file;
    stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${name}`);
  };
  return {
    tick(file) {
      count += 1;
      const t = now();
      if (t - drawnAt >= 100 || count === total) {
        drawnAt = t;
        draw(file);
      }
    },
    done() {
      stream.write('\r\u001b[2K');
    },
  };
}
