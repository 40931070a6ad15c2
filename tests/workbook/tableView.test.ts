import { TableView, readDateCell } from "../../src/workbook/tableView";
import { columnLetters, looksLikeDateText, parseNumberText, quoteSheetName } from "../../src/workbook/cells";
import { d } from "./fixtures";

const data = {
  name: "Plan",
  sheet: "Plan",
  headers: ["My notes", "rsp  REFERENCE", "Actual", "Deadline", "Part"],
  rows: [
    ["x", "1.1.1 – 1st milestone", 5, d("2023-01-15"), 2],
    [null, "", "1,200", "2023-01-15", "two"],
    [null, null, "45%", "soon", 1.5],
    [null, null, "five", 45000.75, null],
  ],
  origin: { row: 2, col: 1 },
};

describe("cells", () => {
  it("names columns A..Z, AA.., as Excel does", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("reads numbers typed as text a person would read unambiguously", () => {
    expect(parseNumberText("1,200")).toBe(1200);
    expect(parseNumberText(" 12.5 ")).toBe(12.5);
    expect(parseNumberText("80%")).toBeCloseTo(0.8);
    expect(parseNumberText("-3")).toBe(-3);
    expect(parseNumberText("12,00")).toBeNull();
    expect(parseNumberText("five")).toBeNull();
    expect(parseNumberText("")).toBeNull();
  });

  it("recognizes dates typed as text", () => {
    for (const text of ["2023-01-15", "15/01/2023", "1.15.23", "15 Jan 2023", "15-Jan-23", "January 15, 2023", "Jan 2023"]) {
      expect(looksLikeDateText(text)).toBe(true);
    }
    for (const text of ["soon", "1-a", "At least 5", "2023"]) expect(looksLikeDateText(text)).toBe(false);
  });

  it("quotes sheet names with spaces", () => {
    expect(quoteSheetName("Plan")).toBe("Plan");
    expect(quoteSheetName("My plan")).toBe("'My plan'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});

describe("TableView", () => {
  const view = new TableView(data);

  it("finds columns by header, whatever the case and spacing", () => {
    expect(view.column("RSP reference")).toBe(1);
    expect(view.column("actual")).toBe(2);
    expect(view.has("Target")).toBe(false);
    expect(view.headerAsWritten("RSP reference")).toBe("rsp  REFERENCE");
    expect(view.text(0, "RSP Reference")).toBe("1.1.1 – 1st milestone");
    expect(view.text(0, "Target")).toBe("");
  });

  it("reads numbers, including numbers typed as text, and says why a cell is not one", () => {
    expect(view.number(0, "Actual")).toEqual({ value: 5 });
    expect(view.number(1, "Actual")).toEqual({ value: 1200 });
    expect(view.number(2, "Actual").value).toBeCloseTo(0.45);
    expect(view.number(3, "Actual")).toEqual({ value: null, error: '"five" is not a number' });
    expect(view.number(3, "My notes")).toEqual({ value: null });
  });

  it("reads whole numbers of 1 or more", () => {
    expect(view.positiveInteger(0, "Part")).toEqual({ value: 2 });
    expect(view.positiveInteger(1, "Part").error).toMatch(/not a number/);
    expect(view.positiveInteger(2, "Part").error).toMatch(/not a whole number/);
    expect(view.positiveInteger(3, "Part")).toEqual({ value: null });
  });

  it("reads serial dates and reports a date stored as text instead of converting it", () => {
    expect(view.date(0, "Deadline")).toEqual({ value: d("2023-01-15") });
    expect(view.date(3, "Deadline")).toEqual({ value: 45000 });
    const asText = view.date(1, "Deadline");
    expect(asText.value).toBeNull();
    expect(asText.error).toMatch(/date stored as text/);
    expect(view.date(2, "Deadline").error).toMatch(/"soon" is not a date/);
    expect(readDateCell(true).error).toBeDefined();
  });

  it("addresses cells from the table's origin", () => {
    // Header row on sheet row 3 (zero-based 2), first column B: "Actual" is column D.
    expect(view.address(0, "Actual")).toBe("Plan!D4");
    expect(view.address(3, "Deadline")).toBe("Plan!E7");
    expect(view.address(null, "Actual")).toBe("Plan!D3");
    expect(view.address(0, "Target")).toBeUndefined();
  });

  it("builds problems naming table, row, column as written and the cell", () => {
    expect(view.problem("error", 1, "RSP reference", "bad")).toEqual({
      severity: "error",
      table: "Plan",
      row: 1,
      column: "rsp  REFERENCE",
      message: "bad",
      address: "Plan!C5",
    });
  });

  it("tells blank rows apart", () => {
    expect(view.isBlankRow(3, ["My notes", "RSP reference"])).toBe(true);
    expect(view.isBlankRow(3)).toBe(false);
  });
});

describe("readDateCell on text no calendar has", () => {
  it.each([
    ["2023-13-01", '"2023-13-01" is not a valid date (there is no month 13); type a real date such as 2023-01-15'],
    ["2023-02-30", '"2023-02-30" is not a valid date (month 2 of 2023 has no day 30); type a real date such as 2023-01-15'],
    ["2023/00/10", '"2023/00/10" is not a valid date (there is no month 0); type a real date such as 2023-01-15'],
    ["31/31/2023", '"31/31/2023" is not a valid date, read day-first or month-first; type a real date such as 2023-01-15'],
  ])("calls %j an invalid date, not a date stored as text", (text, error) => {
    expect(readDateCell(text)).toEqual({ value: null, error });
  });

  it.each(["2023-12-01", "15/01/2023", "01/15/2023", "2024-02-29"])("still calls %j a date stored as text", (text) => {
    expect(readDateCell(text).error).toMatch(/is a date stored as text/);
  });
});
