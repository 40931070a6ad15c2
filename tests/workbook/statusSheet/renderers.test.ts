/**
 * Both gateways draw the printed report: the Office.js gateway (on the fake) and the .xlsx
 * gateway write its manual page breaks, margins, footer and print title row.
 */
import { buildStatusSheetModel } from "../../../src/core/statusSheet";
import { OfficeGateway } from "../../../src/office/officeGateway";
import { renderStatusSheet } from "../../../src/workbook/statusSheet/render";
import { XlsxGateway } from "../../../src/xlsx/xlsxGateway";
import { createFakeExcel } from "../../support/fakeExcel";
import { sheetXml, tempFolder } from "../../xlsx/helpers";
import { d, evaluation, kpi } from "../../core/statusSheet/fixtures";

const asOf = d("2023-07-01");
const kpis = Array.from({ length: 70 }, (_, i) => kpi(`1-${String.fromCharCode(97 + (i % 26))}${i}`, i % 4 === 0 ? "Off track" : "On track"));
const spec = renderStatusSheet(
  buildStatusSheetModel({ evaluation: evaluation(kpis, asOf), workPlan: [], history: [], generatedAt: asOf + 0.5, generatedZone: "UTC", fiscalYearStartMonth: 7 })
);

it("the report has several pages", () => {
  expect(spec.pageBreaks!.length).toBeGreaterThan(2);
});

describe("Office.js gateway", () => {
  it("adds a horizontal page break before each page's first row, with margins in points and the footer", async () => {
    const fake = createFakeExcel({ tables: [] });
    await fake.run(async (context) => {
      await new OfficeGateway(context).write({ sheets: [spec] });
    });
    const sheet = fake.state.sheet(spec.name)!;
    expect(sheet.horizontalPageBreaks).toEqual(spec.pageBreaks!.map((row) => `A${row + 1}`));
    expect(sheet.pageLayout.margins).toEqual({ leftMargin: 36, rightMargin: 36, topMargin: 28.8, bottomMargin: 36, headerMargin: 14.4, footerMargin: 14.4 });
    expect(sheet.pageLayout.footers).toMatchObject({ rightFooter: "Page &P of &N" });
    expect(sheet.pageLayout.printTitleRows).toBe("$1:$1");
    expect(sheet.pageLayout.orientation).toBe("Landscape");
  });
});

describe(".xlsx gateway", () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());

  it("writes manual row breaks after each page's last row, the margins, the footer and the print title row", async () => {
    const gateway = new XlsxGateway();
    await gateway.write({ sheets: [spec] });
    const file = folder.file("report.xlsx");
    await gateway.save(file);
    const xml = await sheetXml(file, spec.name);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    // <brk id> is the last row (1-based) of a page: the row just above the next page's first.
    expect(breaks).toEqual(spec.pageBreaks);
    expect(xml).toMatch(/<pageMargins left="0.5" right="0.5" top="0.4" bottom="0.5" header="0.2" footer="0.2"\/>/);
    expect(xml).toContain("&amp;RPage &amp;P of &amp;N");
    expect(xml).toMatch(/orientation="landscape"/);
    expect(xml).toMatch(/fitToHeight="0"/);
  });
});
