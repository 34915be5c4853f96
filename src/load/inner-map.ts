// The inner map under a key, created on first use: the caches that find an answer by its parts
// (nested maps, so that no joined key is built and hashed anew per call) step through these.
export function innerMap<K, M extends Map<unknown, unknown>>(map: Map<K, M>, key: K): M {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map() as M;
    map.set(typeof key === 'string' ? (detach(key) as K) : key, inner);
  }
  return inner;
}

/**
 * A copy of `text` that holds on to nothing else. A value read from YAML is a slice of the whole
 * file's text, and a cache that kept it as a key would keep every file of a batch in memory.
 */
export function detach(text: string): string {
  // Slicing a joined string makes V8 join it first into a string of its own.
  return ` ${text}`.slice(1);
}
