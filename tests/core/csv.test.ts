import { CsvError, parseCsv } from "../../src/core/csv";
import { readMembersCsv, readRspCsv } from "../../src/core/referenceCsv";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and keeps each record's first line", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n\nlast,,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x, y", 'say "hi"', "two\nlines"] },
      { line: 5, fields: ["last", "", ""] },
    ]);
  });

  it("reads tab-separated text copied from Excel, quotes only at a field's start", () => {
    expect(parseCsv('1\tSay "no"\t"wrapped\ncell"\n2\tb\tc', "\t")).toEqual([
      { line: 1, fields: ["1", 'Say "no"', "wrapped\ncell"] },
      { line: 3, fields: ["2", "b", "c"] },
    ]);
  });

  it("names the line of a quote that is never closed", () => {
    expect(() => parseCsv('a,b\n"open,c\nd,e')).toThrow(new CsvError('line 2: a quoted field is never closed (a " is missing)', 2));
  });
});

describe("readMembersCsv and readRspCsv", () => {
  it("matches headers in any order and case", () => {
    expect(readMembersCsv("name,SUBREGION,Code\nFiji,PI,fj\nNepal,SA,NP\n")).toEqual([
      { code: "FJ", name: "Fiji", subregion: "PI" },
      { code: "NP", name: "Nepal", subregion: "SA" },
    ]);
    expect(readRspCsv('Objective,Milestone,Description\n1.1.3,2,"Pilot, then scale"\n')).toEqual([
      { objective: "1.1.3", milestone: 2, description: "Pilot, then scale" },
    ]);
  });

  it("names the file, the line and what is wrong", () => {
    expect(() => readMembersCsv("Code,Country\nFJ,Fiji\nFJ,Fiji again\n", "m.csv")).toThrow('m.csv line 3: Code "FJ" is already on line 2');
    expect(() => readMembersCsv("Code,Subregion\nFJ,PI\n", "m.csv")).toThrow('m.csv line 1: no "name" column in the header row (found: Code, Subregion)');
    expect(() => readMembersCsv("Code,Name\n,Fiji\n", "m.csv")).toThrow("m.csv line 2: the Code is empty");
    expect(() => readRspCsv("Objective,Milestone\n1.1,first\n", "r.csv")).toThrow('r.csv line 2: Milestone "first" is not a whole number');
    expect(() => readRspCsv("Objective,Milestone\nGoal A,1\n", "r.csv")).toThrow('r.csv line 2: Objective "Goal A" is not a number');
    expect(() => readRspCsv("", "r.csv")).toThrow("r.csv is empty");
  });
});
