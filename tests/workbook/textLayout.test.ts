import { wrappedLineCount } from "../../src/workbook/textLayout";

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
