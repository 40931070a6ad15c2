import { BoundedCache, cachedParser } from "../../src/core/parseCache";
import { knownRefId, normalizeRef, normalizeRefCached, parseRefList, readRefIdsCached, readRefListCached } from "../../src/core/actionRefs";
import { isFailure } from "../../src/core/types";

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

describe("normalizeRefCached", () => {
  it("reads as normalizeRef does, and gives the same string for a text every time", () => {
    for (const text of ["1-a", " 1 - B ", "1-(dd)", "I)", "x9", "", "0-a"]) expect(normalizeRefCached(text)).toBe(normalizeRef(text));
    const first = normalizeRefCached(["3", "-", "k"].join(""));
    expect(normalizeRefCached(["3", "-k"].join(""))).toBe(first);
  });
});

describe("readRefListCached", () => {
  it("reads as parseRefList does, carried-over pillars and failures included", () => {
    for (const text of ["1-a, 1-b, 1-dd, 3-k", "1-(d), (u) and 3-(k), (l)", "(b), 1-c", "1-a, x9", "", "2-(b), (c)", "3-(b), (c)"]) {
      expect(readRefListCached(text)).toEqual(parseRefList(text));
    }
  });

  it("reads a Ref after any pillar as itself, and bare letters in the pillar carried over, across 100 pillars", () => {
    for (let pillar = 1; pillar <= 100; pillar += 1) {
      const text = `${pillar}-(a), (b), 7-c, d`;
      expect(readRefListCached(text)).toEqual(parseRefList(text));
      expect(readRefListCached(`${pillar}-a, 7-c`)).toEqual(parseRefList(`${pillar}-a, 7-c`));
    }
    expect(readRefListCached("12-a, (b), 7-c, d")).toEqual(["12-a", "12-b", "7-c", "7-d"]);
  });

  it("numbers each Ref of a list (readRefIdsCached), the same Ref the same number in every list", () => {
    const first = readRefIdsCached("5-a, 5-b");
    const second = readRefIdsCached("5-b, 6-c");
    if (isFailure(first) || isFailure(second)) throw new Error("expected lists");
    expect(first.ids[1]).toBe(second.ids[0]);
    expect(new Set([...first.ids, ...second.ids]).size).toBe(3);
    expect([...first.ids].map((id, i) => knownRefId(first.refs[i]) === id)).toEqual([true, true]);
  });

  it("returns one frozen list per text, shared between callers", () => {
    const first = readRefListCached("4-a, 4-b");
    expect(readRefListCached("4-a, 4-b")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
