// The inner map under a key, created on first use: the caches that find an answer by its parts
// (nested maps, so that no joined key is built and hashed anew per call) step through these.
export function innerMap<K, M extends Map<unknown, unknown>>(map: Map<K, M>, key: K): M {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map() as M;
    map.set(key, inner);
  }
  return inner;
}
