/**
 * The package patcher on hand-written SpreadsheetML: every cell kind Excel and other tools write
 * reads as its value, a table range to row 1,048,576 reads like a short one, over-large parts
 * are refused in one sentence, and writes touch only their cells (styles cloned, never shared).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { WorkbookError } from "../../src/workbook/gateway";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { ZipPackage } from "../../src/xlsx/zipPackage";
import { rawEntries } from "../../src/xlsx/zipRaw";
import { cellsOf } from "./packageDiff";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

const STYLES =
  `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>';

/** One sheet "Data" holding table T (columns A, B, C) with `ref`, `rows` as raw <row> XML. */
function book(ref: string, rows: string, options: { prefix?: string; strings?: string[]; calcChain?: boolean } = {}): Uint8Array {
  const p = options.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        (options.calcChain ? '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' : "") +
        "</Types>"
    ),
    "_rels/.rels": strToU8(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        (options.calcChain ? `<Relationship Id="rId4" Type="${REL}/calcChain" Target="calcChain.xml"/>` : "") +
        "</Relationships>"
    ),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(
      `<sst xmlns="${MAIN}">${(options.strings ?? []).map((s) => `<si><r><rPr><b/></rPr><t>${s.slice(0, 2)}</t></r><r><t>${s.slice(2)}</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>`).join("")}</sst>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${rows}</${p}sheetData><${p}tableParts count="1"><${p}tablePart r:id="rId1"/></${p}tableParts></${p}worksheet>`),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`),
    "xl/tables/table1.xml": strToU8(
      `<table xmlns="${MAIN}" id="1" name="T" displayName="T" ref="${ref}"><autoFilter ref="${ref}"/><tableColumns count="3"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/><tableColumn id="3" name="C"/></tableColumns></table>`
    ),
  };
  if (options.calcChain) files["xl/calcChain.xml"] = strToU8(`<calcChain xmlns="${MAIN}"><c r="B2" i="1"/></calcChain>`);
  return zipSync(files);
}

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1" t="inlineStr"><is><t>B</t></is></c><c r="C1" t="inlineStr"><is><t>C</t></is></c></row>';

async function written(gateway: XlsxGateway): Promise<Record<string, string>> {
  const parts = unzipSync(await gateway.bytes());
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
}

describe("reading cells as Excel and other tools write them", () => {
  it("gives shared and rich strings, inline strings, cached formula results (text, error, shared, 0), booleans and ISO dates", async () => {
    const rows =
      HEADER +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><f>IF(1,"not yet")</f><v>not yet</v></c><c r="C2" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve"> =1+1 </t></is></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A1*0</f><v>0</v></c><c r="C3" t="b"><v>1</v></c></row>' +
      '<row r="4"><c r="A4"><v>1E+12</v></c><c r="B4"><f t="shared" si="0"/><v>7</v></c><c r="C4" t="d"><v>2024-06-30T00:00:00</v></c></row>';
    const gateway = XlsxGateway.fromBytes(book("A1:C4", rows, { strings: ["At least 28"] }), "kinds.xlsx");
    const table = (await gateway.read(["t"], { formulasOf: ["T"] })).tables.t!;
    expect(table.rows).toEqual([
      ["At least 28", "not yet", "#N/A"],
      [" =1+1 ", 0, true],
      [1e12, 7, 45473],
    ]);
    expect(table.formulas).toEqual([
      [false, true, true],
      [false, true, false],
      [false, true, false],
    ]);
  });

  it("reads prefixed SpreadsheetML (<x:row>, <x:c>)", async () => {
    const rows = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>A</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>5</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>z</x:t></x:is></x:c></x:row>';
    const gateway = XlsxGateway.fromBytes(book("A1:C2", rows, { prefix: "x:" }), "prefixed.xlsx");
    expect((await gateway.read(["T"])).tables.T!.rows).toEqual([[5, null, "z"]]);
    await gateway.write({ columns: [{ table: "T", column: "B", values: ["new"] }] });
    expect((await written(gateway))["xl/worksheets/sheet1.xml"]).toContain('<x:c r="B2" t="inlineStr"><x:is><x:t>new</x:t></x:is></x:c><x:c r="C2"');
  });

  it("reads a table whose range runs to row 1,048,576 like a short one, and appends inside its range", async () => {
    const rows = `${HEADER}<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>`;
    const gateway = XlsxGateway.fromBytes(book("A1:C1048576", rows), "tall.xlsx");
    expect((await gateway.read(["T"])).tables.T!.rows).toEqual([[1, null, null], [2, null, null]]);
    await gateway.write({ appends: [{ table: "T", rows: [{ A: 3 }] }], columns: [{ table: "T", column: "C", values: ["x", "y"] }] });
    expect((await gateway.read(["T"])).tables.T!.rows).toEqual([[1, null, "x"], [2, null, "y"], [3, null, null]]);
    expect((await written(gateway))["xl/tables/table1.xml"]).toContain('ref="A1:C1048576"');
  });

  it("refuses a part beyond the stated limit in one sentence", () => {
    const bytes = book("A1:C2", `${HEADER}<row r="2"><c r="A2"><v>1</v></c></row>`);
    expect(() => ZipPackage.read(bytes, "big.xlsx", { part: 100, total: 10_000 })).toThrow(WorkbookError);
    expect(() => ZipPackage.read(bytes, "big.xlsx", { part: 100, total: 10_000 })).toThrow(/^big\.xlsx is too large to process: its part \S+ is [\d.]+ MB uncompressed \(the limit is 0 MB per part\)\.$/);
    expect(() => ZipPackage.read(bytes, "big.xlsx", { part: 10_000, total: 500 })).toThrow("(the limit for a whole workbook)");
  });
});

describe("writing only the tool's own cells", () => {
  const rows = `${HEADER}<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>2</v></c></row><row r="3"><c r="A3" s="1"><v>3</v></c><c r="B3" s="1"><v>4</v></c></row>`;

  it("gives a number format to the written cells only: their xf is cloned, the shared one and its other cells stay", async () => {
    const gateway = XlsxGateway.fromBytes(book("A1:C3", rows), "styles.xlsx");
    await gateway.write({ columns: [{ table: "T", column: "C", values: [0.5, Number.NaN], numberFormat: "0%" }] });
    const parts = await written(gateway);
    const cells = cellsOf(parts["xl/worksheets/sheet1.xml"]);
    expect(cells.get("A2")).toBe('<c r="A2" s="1"><v>1</v></c>');
    expect(cells.get("C2")).toBe('<c r="C2" s="2"><v>0.5</v></c>');
    // NaN is never written: the cell is left empty, with its format.
    expect(cells.get("C3")).toBe('<c r="C3" s="2"/>');
    expect(parts["xl/styles.xml"]).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    );
  });

  it("keeps a computed cell's style when no format is asked, and writes text starting with = as text", async () => {
    const gateway = XlsxGateway.fromBytes(book("A1:C3", rows), "text.xlsx");
    await gateway.write({ columns: [{ table: "T", column: "B", values: ["=1+1", "@SUM(A1)"] }] });
    const cells = cellsOf((await written(gateway))["xl/worksheets/sheet1.xml"]);
    expect(cells.get("B2")).toBe('<c r="B2" s="1" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(cells.get("B3")).toBe('<c r="B3" s="1" t="inlineStr"><is><t>@SUM(A1)</t></is></c>');
  });

  it("drops the calculation chain when a formula gives way to a value; a shared formula goes only as a whole", async () => {
    const formulas = `${HEADER}<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2*2</f><v>2</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">A2</f><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>3</v></c></row>`;
    const gateway = XlsxGateway.fromBytes(book("A1:C3", formulas, { calcChain: true }), "calc.xlsx");
    // Only the shared formula's first cell: the other cell would lose its formula.
    await expect(gateway.write({ cells: [{ table: "T", column: "C", row: 0, value: 9 }] })).rejects.toThrow(
      "Cell Data!C2 holds a formula that other cells share"
    );
    await gateway.write({ cells: [{ table: "T", column: "B", row: 0, value: 5 }] });
    const parts = await written(gateway);
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    expect(parts["xl/_rels/workbook.xml.rels"]).not.toContain("calcChain");
    expect(parts["[Content_Types].xml"]).not.toContain("calcChain");
    expect(cellsOf(parts["xl/worksheets/sheet1.xml"]).get("C3")).toBe('<c r="C3"><f t="shared" si="0"/><v>3</v></c>');
    // The whole shared range written (a computed column filled with a formula): all of it goes.
    await gateway.write({ columns: [{ table: "T", column: "C", values: [9, null] }] });
    const cells = cellsOf((await written(gateway))["xl/worksheets/sheet1.xml"]);
    expect([cells.get("C2"), cells.get("C3")]).toEqual(['<c r="C2"><v>9</v></c>', '<c r="C3"/>']);
  });
});

describe("the zip container", () => {
  it("writes unchanged entries back with their original compressed bytes; changed ones are deflated anew", async () => {
    const rows = `${HEADER}<row r="2"><c r="A2"><v>1</v></c></row>`;
    const input = book("A1:C2", rows);
    const gateway = XlsxGateway.fromBytes(input, "raw.xlsx");
    await gateway.write({ columns: [{ table: "T", column: "B", values: [2] }] });
    const output = await gateway.bytes();
    const before = rawEntries(input)!;
    const after = rawEntries(output)!;
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, entry] of before) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect({ name, same: Buffer.from(after.get(name)!.data).equals(Buffer.from(entry.data)) }).toEqual({ name, same: true });
    }
    expect(strFromU8(unzipSync(output)["xl/worksheets/sheet1.xml"])).toContain('<c r="B2"><v>2</v></c>');
  });
});
