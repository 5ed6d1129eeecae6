/** Small collection helpers of the core. */

/** Append a value to the list kept under a key, in place (a copy per append is quadratic on large tables). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
