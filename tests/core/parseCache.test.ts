import { BoundedCache, cachedParser } from "../../src/core/parseCache";
import { parseRefList, readRefListCached } from "../../src/core/actionRefs";

describe("BoundedCache", () => {
  it("computes each key once while it is held", () => {
    const cache = new BoundedCache<number>(10);
    let calls = 0;
    const length = (text: string) => {
      calls += 1;
      return text.length;
    };
    expect([cache.get("ab", length), cache.get("ab", length), cache.get("abc", length)]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
  });

  it("holds at most its capacity, dropping the oldest first", () => {
    const cache = new BoundedCache<string>(3);
    const seen: string[] = [];
    const upper = (text: string) => {
      seen.push(text);
      return text.toUpperCase();
    };
    for (const key of ["a", "b", "c", "d"]) cache.get(key, upper);
    expect(cache.size).toBe(3);
    cache.get("b", upper); // still held
    cache.get("a", upper); // dropped when "d" came, read again
    expect(seen).toEqual(["a", "b", "c", "d", "a"]);
  });

  it("keeps results that are undefined or null without computing them again", () => {
    let calls = 0;
    const parse = cachedParser<null>(() => {
      calls += 1;
      return null;
    }, 4);
    parse("x");
    parse("x");
    expect(calls).toBe(1);
  });

  it("refuses a capacity below 1", () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});

describe("readRefListCached", () => {
  it("reads as parseRefList does, carried-over pillars and failures included", () => {
    for (const text of ["1-a, 1-b, 1-dd, 3-k", "1-(d), (u) and 3-(k), (l)", "(b), 1-c", "1-a, x9", "", "2-(b), (c)", "3-(b), (c)"]) {
      expect(readRefListCached(text)).toEqual(parseRefList(text));
    }
  });

  it("returns one frozen list per text, shared between callers", () => {
    const first = readRefListCached("4-a, 4-b");
    expect(readRefListCached("4-a, 4-b")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
