/**
 * A status sheet (SheetSpec) as write steps: values written as text-safe literals, formats,
 * widths, data bars, status colours, a native chart, print setup and frozen rows.
 */
import type { CellFormat, CellValue, SheetSpec } from "../workbook/gateway";
import { addDataBars, addStatusColors, charactersToPoints, columnAddress, refToAddress } from "./formatting";
import { estimateBytes, sliceRows, type WriteStep } from "./requestChunks";
import { toExcelValue } from "./textSafety";

function padded(cells: readonly CellValue[][]): CellValue[][] {
  const width = Math.max(1, ...cells.map((row) => row.length));
  return cells.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
}

function applyFormat(sheet: Excel.Worksheet, spec: CellFormat): void {
  const range = sheet.getRange(refToAddress(spec.range));
  if (spec.bold !== undefined) range.format.font.bold = spec.bold;
  if (spec.italic !== undefined) range.format.font.italic = spec.italic;
  if (spec.fontSize !== undefined) range.format.font.size = spec.fontSize;
  if (spec.fontColor !== undefined) range.format.font.color = spec.fontColor;
  if (spec.fill !== undefined) range.format.fill.color = spec.fill;
  if (spec.wrap !== undefined) range.format.wrapText = spec.wrap;
  if (spec.horizontalAlignment !== undefined) range.format.horizontalAlignment = spec.horizontalAlignment;
  if (spec.verticalAlignment !== undefined) range.format.verticalAlignment = spec.verticalAlignment;
  if (spec.numberFormat !== undefined) {
    const rows = spec.range.rows ?? 1;
    const cols = spec.range.cols ?? 1;
    range.numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => spec.numberFormat));
  }
  if (spec.border) {
    const rows = spec.range.rows ?? 1;
    const cols = spec.range.cols ?? 1;
    // Inside edges exist only between rows or columns: a one-row range has no InsideHorizontal.
    const edges: Array<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"> = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ];
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) range.format.borders.getItem(edge).style = "Continuous";
  }
}

/** Consecutive rows of the same set height, so that each run is one command. */
export function equalHeightRuns(heights: ReadonlyArray<number | null>): Array<{ first: number; last: number; height: number }> {
  const runs: Array<{ first: number; last: number; height: number }> = [];
  heights.forEach((height, row) => {
    if (height === null || height === undefined) return;
    const previous = runs[runs.length - 1];
    if (previous && previous.last === row - 1 && previous.height === height) previous.last = row;
    else runs.push({ first: row, last: row, height });
  });
  return runs;
}

export function sheetSteps(context: Excel.RequestContext, spec: SheetSpec, maxBytes: number): WriteStep[] {
  let sheet: Excel.Worksheet | null = null;
  const ws = (): Excel.Worksheet => sheet as Excel.Worksheet;
  const steps: WriteStep[] = [
    { bytes: estimateBytes(spec.name), queue: () => void (sheet = context.workbook.worksheets.add(spec.name)) },
  ];

  const cells = padded(spec.cells).map((row) => row.map((v) => toExcelValue(v, false)));
  if (spec.cells.length > 0) {
    for (const [start, end] of sliceRows(cells, maxBytes)) {
      const slice = cells.slice(start, end);
      steps.push({
        bytes: estimateBytes(slice),
        queue: () => void (ws().getRange(refToAddress({ row: start, col: 0, rows: slice.length, cols: slice[0].length })).values = slice),
      });
    }
  }

  const rest: Array<() => void> = [];
  (spec.columnWidths ?? []).forEach((width, col) =>
    rest.push(() => void (ws().getRange(columnAddress(col)).format.columnWidth = charactersToPoints(width)))
  );
  for (const run of equalHeightRuns(spec.rowHeights ?? [])) {
    rest.push(() => void (ws().getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height));
  }
  for (const format of spec.formats ?? []) rest.push(() => applyFormat(ws(), format));
  for (const ref of spec.dataBars ?? []) rest.push(() => addDataBars(ws().getRange(refToAddress(ref))));
  for (const ref of spec.statusColors ?? []) rest.push(() => addStatusColors(ws().getRange(refToAddress(ref))));
  for (const chart of spec.charts ?? []) {
    rest.push(() => {
      const added = ws().charts.add("BarStacked", ws().getRange(refToAddress(chart.source)), "Columns");
      added.title.text = chart.title;
      const rows = chart.anchor.rows ?? 1;
      const cols = chart.anchor.cols ?? 1;
      added.setPosition(
        refToAddress({ row: chart.anchor.row, col: chart.anchor.col }),
        refToAddress({ row: chart.anchor.row + rows - 1, col: chart.anchor.col + cols - 1 })
      );
    });
  }
  if (spec.print) {
    const print = spec.print;
    rest.push(() => {
      const layout = ws().pageLayout;
      layout.orientation = print.landscape ? "Landscape" : "Portrait";
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
      // Margins are in points; footers use Excel's codes (&P, &N). ExcelApi 1.9:
      // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
      // https://learn.microsoft.com/javascript/api/excel/excel.headerfooter
      if (print.margins) {
        const inch = 72;
        layout.leftMargin = print.margins.left * inch;
        layout.rightMargin = print.margins.right * inch;
        layout.topMargin = print.margins.top * inch;
        layout.bottomMargin = print.margins.bottom * inch;
        layout.headerMargin = print.margins.header * inch;
        layout.footerMargin = print.margins.footer * inch;
      }
      const footer = layout.headersFooters.defaultForAllPages;
      if (print.footer?.left !== undefined) footer.leftFooter = print.footer.left;
      if (print.footer?.center !== undefined) footer.centerFooter = print.footer.center;
      if (print.footer?.right !== undefined) footer.rightFooter = print.footer.right;
    });
  }
  // "Adds a page break before the top-left cell of the range specified":
  // https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)
  for (const row of spec.pageBreaks ?? []) rest.push(() => void ws().horizontalPageBreaks.add(`A${row + 1}`));
  if (spec.freezeRows) {
    const rows = spec.freezeRows;
    rest.push(() => ws().freezePanes.freezeRows(rows));
  }
  const formatBytes = estimateBytes([spec.columnWidths, spec.rowHeights, spec.formats, spec.dataBars, spec.statusColors, spec.charts, spec.print, spec.pageBreaks]);
  steps.push({ bytes: formatBytes + rest.length * 200, queue: () => rest.forEach((queue) => queue()) });
  return steps;
}
