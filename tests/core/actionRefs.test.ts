import {
  compareRefs,
  lettersAt,
  letterIndex,
  normalizeLetters,
  normalizeRef,
  parseRefList,
  parseSeeAlso,
} from "../../src/core/actionRefs";
import { isFailure } from "../../src/core/types";

describe("normalizeRef", () => {
  it.each([
    ["1-a", "1-a"],
    ["1-(b)", "1-b"],
    ["1 - B", "1-b"],
    ["3-k", "3-k"],
    ["1-aa", "1-aa"],
    ["1-AA", "1-aa"],
    [" 4 – c ", "4-c"],
    ["1- (dd)", "1-dd"],
    ["1-(P)", "1-p"],
    ["3-I", "3-l"],
  ])("%s → %s", (text, expected) => {
    expect(normalizeRef(text)).toBe(expected);
  });

  it("reads a bare letter marker only with pillar context", () => {
    expect(normalizeRef("l)", 1)).toBe("1-l");
    expect(normalizeRef("I)", 3)).toBe("3-l");
    expect(normalizeRef("(dd)", 1)).toBe("1-dd");
    expect(normalizeRef("l)")).toBeNull();
  });

  it.each(["", "hello", "1-", "1-abc", "1-ab", "a-1", "0-a", "1.1.1", "1-a-b"])("%j is not a ref", (text) => {
    expect(normalizeRef(text)).toBeNull();
  });
});

describe("normalizeLetters", () => {
  it("keeps lower-case i and reads capital I as l", () => {
    expect(normalizeLetters("i")).toBe("i");
    expect(normalizeLetters("I")).toBe("l");
    expect(normalizeLetters("KK")).toBe("kk");
    expect(normalizeLetters("ab")).toBeNull();
  });
});

describe("parseRefList", () => {
  it("reads comma separated refs", () => {
    expect(parseRefList("1-a, 1-b, 1-dd, 3-k")).toEqual(["1-a", "1-b", "1-dd", "3-k"]);
  });
  it("reads semicolons and missing spaces", () => {
    expect(parseRefList("1-a;1-b ; 3-k")).toEqual(["1-a", "1-b", "3-k"]);
    expect(parseRefList("1-a,1-b")).toEqual(["1-a", "1-b"]);
  });
  it("carries the pillar over to bare letters", () => {
    expect(parseRefList("1-(a), (b)")).toEqual(["1-a", "1-b"]);
    expect(parseRefList("1-(d), (u) and 3-(k), (l)")).toEqual(["1-d", "1-u", "3-k", "3-l"]);
  });
  it("drops repeats and reads an empty cell as no refs", () => {
    expect(parseRefList("1-a, 1-A, 1-(a)")).toEqual(["1-a"]);
    expect(parseRefList("  ")).toEqual([]);
  });
  it("names the bad token", () => {
    const result = parseRefList("1-a, x9, 3-k");
    expect(isFailure(result)).toBe(true);
    expect(isFailure(result) && result.error).toContain('"x9"');
  });
  it("fails on a bare letter with no pillar before it", () => {
    const result = parseRefList("(b), 1-c");
    expect(isFailure(result) && result.error).toContain('"(b)"');
  });
});

describe("parseSeeAlso", () => {
  it("expands letters after one pillar", () => {
    expect(parseSeeAlso("(See also 1-(b), (c), (dd), (gg) and (hh))")).toEqual(["1-b", "1-c", "1-dd", "1-gg", "1-hh"]);
  });
  it("switches pillar mid list", () => {
    expect(parseSeeAlso("(See also 1-(d), (u), (dd), (hh) and 3-(k))")).toEqual(["1-d", "1-u", "1-dd", "1-hh", "3-k"]);
  });
  it("tolerates a space after the dash and a single ref", () => {
    expect(parseSeeAlso("Conduct x (See also 1- (b), (c))")).toEqual(["1-b", "1-c"]);
    expect(parseSeeAlso("See also 1-(gg)")).toEqual(["1-gg"]);
  });
  it("reads unbracketed refs, capital letters, doubled parentheses and a list broken over lines", () => {
    expect(parseSeeAlso("(See also 3-k)")).toEqual(["3-k"]);
    expect(parseSeeAlso("(See also 1-(c), (i), (j) and (P))")).toEqual(["1-c", "1-i", "1-j", "1-p"]);
    expect(parseSeeAlso("(See also 1-(I))")).toEqual(["1-l"]);
    expect(parseSeeAlso("for Nepal ((See also 1-(s))")).toEqual(["1-s"]);
    expect(parseSeeAlso("(See also 1-(dd) and\n(hh))")).toEqual(["1-dd", "1-hh"]);
    expect(parseSeeAlso("(See also 1-(dd), and (hh))")).toEqual(["1-dd", "1-hh"]);
  });
  it("collects every See also in the text once", () => {
    const text = "A (See also 1-(b) and (c)) B (See also 1-(c) and 3-(k))";
    expect(parseSeeAlso(text)).toEqual(["1-b", "1-c", "3-k"]);
  });
  it("stops at text that is not a ref and finds nothing without See also", () => {
    expect(parseSeeAlso("(See also the annex) 1-(a)")).toEqual([]);
    expect(parseSeeAlso("Conduct a workshop (1-(a))")).toEqual([]);
  });
});

describe("plan order", () => {
  it("orders a … z before aa … kk, pillar first", () => {
    const refs = ["3-k", "1-aa", "1-z", "1-b", "2-a", "1-kk", "1-a"];
    expect([...refs].sort(compareRefs)).toEqual(["1-a", "1-b", "1-z", "1-aa", "1-kk", "2-a", "3-k"]);
  });
  it("maps indexes to letters and back", () => {
    for (let index = 0; index < 52; index += 1) expect(letterIndex(lettersAt(index))).toBe(index);
    expect(lettersAt(26)).toBe("aa");
    expect(lettersAt(36)).toBe("kk");
  });
});
