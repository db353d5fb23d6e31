/**
 * `compute` with its results for the last `limit` distinct inputs kept, least recently used
 * dropped first. For pure functions of a string only: the same result object is handed out again,
 * so callers must not change it.
 */
export function memoizeRecent<T>(compute: (input: string) => T, limit: number): (input: string) => T {
  const recent = new Map<string, T>();
  return (input) => {
    const known = recent.get(input);
    if (known !== undefined || recent.has(input)) {
      // A Map iterates in insertion order: moving the key to the end marks it most recently used.
      recent.delete(input);
      recent.set(input, known as T);
      return known as T;
    }
    const value = compute(input);
    if (recent.size >= limit) recent.delete(recent.keys().next().value as string);
    recent.set(input, value);
    return value;
  };
}
