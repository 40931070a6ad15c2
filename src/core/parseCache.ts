/**
 * Parses kept between recalculations, keyed by the cell text. The parsers cached here are pure
 * (the same text always reads the same), so a live recalculation reads only the texts it has not
 * seen yet. Values are shared by every caller: treat them as immutable.
 *
 * Bounded: when full, the oldest entry goes first (insertion order). The capacity of each cache
 * must exceed the distinct texts of one plan at its limit: a full recalculation reads every text
 * in the same order each time, and a cache smaller than that would evict each text just before it
 * is read again, and never hit.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`A cache holds at least 1 entry, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, computing and keeping it when not held. */
  get(key: string, compute: (key: string) => V): V {
    const held = this.entries.get(key);
    if (held !== undefined || this.entries.has(key)) return held as V;
    const value = compute(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** `parse` with its results kept in a BoundedCache of `capacity` texts. */
export function cachedParser<V>(parse: (text: string) => V, capacity: number): (text: string) => V {
  const cache = new BoundedCache<V>(capacity);
  return (text) => cache.get(text, parse);
}
