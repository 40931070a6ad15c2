import { charactersPerLine, columnPoints, lineHeight, wrapLines, wrappedLineCount } from "../../src/workbook/textLayout";

describe("wrappedLineCount", () => {
  it.each([
    ["", 10, 1],
    ["short", 10, 1],
    ["exactly ten", 11, 1],
    ["one two three four", 9, 3],
    ["first line\nsecond", 20, 2],
    ["abcdefghijklmnopqrstuvwxyz", 10, 3],
  ])("%j in lines of %d characters takes %d lines", (text, perLine, lines) => {
    expect(wrappedLineCount(text, perLine)).toBe(lines);
  });
});

describe("wrapLines", () => {
  it("breaks text into lines of whole words within the width, splitting only words longer than a line", () => {
    expect(wrapLines("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrapLines("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrapLines("first\nsecond", 20)).toEqual(["first", "second"]);
  });

  it("agrees with wrappedLineCount on how many lines a text takes", () => {
    const text = "Number of Members who accepted WCO Recommendation concerning the use of API and PNR";
    for (const width of [10, 20, 37, 46]) expect(wrapLines(text, width)).toHaveLength(wrappedLineCount(text, width));
  });
});

describe("print measures", () => {
  it("fits more characters of smaller text on a line, and gives 11-point text Excel's 15-point line", () => {
    expect(charactersPerLine(37, 9)).toBeGreaterThan(charactersPerLine(37, 11));
    expect(lineHeight(11)).toBe(15);
    expect(lineHeight(9)).toBe(12.5);
  });

  it("measures column widths in points as Excel draws them (7 pixels a character plus 5)", () => {
    expect(columnPoints([8.43])).toBeCloseTo(48, 0);
    expect(columnPoints([10, 10])).toBeCloseTo(2 * 56.25, 2);
  });
});
