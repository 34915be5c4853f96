// A file's stat, synchronously (a few calls per run; node:fs/promises would cost every start its
// loading: BENCHMARKS.md).
import { statSync, type Stats } from 'node:fs';

/** What stat says, or undefined when it cannot say (missing, no permission, not a folder on the way). */
export function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
