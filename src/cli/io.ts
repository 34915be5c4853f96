// What the CLI may touch of the outside world, passed in so that tests run it in-process.
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** the script a worker thread starts with (bin/): without it, `check` audits in this thread */
  workerEntry?: string;
}

/** An expected failure: carries its exit code and the lines to print; never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
