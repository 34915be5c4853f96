import type { FieldPath } from '../model/organisation.js';

/** `['channels', 2, 'target', 'answered']` → `channels[2].target.answered` (the report's form). */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** An ajv instancePath (`/channels/2/target/answered`) → field path; list indexes become numbers. */
export function parseInstancePath(pointer: string, data: unknown): FieldPath {
  if (pointer === '') return [];
  const path: Array<string | number> = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    node = valueAt(node, [segment]);
  }
  return path;
}

/** The value at a path in plain data; undefined when any step is missing. Own keys only. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, segment)) {
      node = (node as Record<string, unknown>)[String(segment)];
    } else return undefined;
  }
  return node;
}
