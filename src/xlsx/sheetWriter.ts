/**
 * A SheetSpec (a status sheet) drawn onto a new worksheet: literal values, formats, widths,
 * status colours and data bars as conditional formatting, print setup and frozen rows.
 * Charts are not drawn: exceljs cannot create charts, and the data bars beside the rollups
 * carry the same picture in .xlsx files.
 */
import type ExcelJS from "exceljs";
import type { CellFormat, RangeRef, SheetSpec } from "../workbook/gateway";
import { argb, toCellValue } from "./cellValues";
import { addDataBars, addStatusColors } from "./conditionalFormats";
import { encodeRange } from "./tables";

/** Zero-based RangeRef → "B3:D9". */
export function rangeAddress(range: RangeRef): string {
  const top = range.row + 1;
  const left = range.col + 1;
  return encodeRange(top, left, top + (range.rows ?? 1) - 1, left + (range.cols ?? 1) - 1);
}

function eachCell(worksheet: ExcelJS.Worksheet, range: RangeRef, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = 0; r < (range.rows ?? 1); r += 1) {
    for (let c = 0; c < (range.cols ?? 1); c += 1) visit(worksheet.getCell(range.row + r + 1, range.col + c + 1));
  }
}

function applyFormat(worksheet: ExcelJS.Worksheet, format: CellFormat): void {
  eachCell(worksheet, format.range, (cell) => {
    if (format.bold !== undefined || format.italic !== undefined || format.fontSize || format.fontColor) {
      cell.font = {
        ...cell.font,
        ...(format.bold !== undefined ? { bold: format.bold } : {}),
        ...(format.italic !== undefined ? { italic: format.italic } : {}),
        ...(format.fontSize ? { size: format.fontSize } : {}),
        ...(format.fontColor ? { color: { argb: argb(format.fontColor) } } : {}),
      };
    }
    if (format.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
    if (format.numberFormat) cell.numFmt = format.numberFormat;
    if (format.wrap !== undefined || format.horizontalAlignment || format.verticalAlignment) {
      cell.alignment = {
        ...cell.alignment,
        ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
        ...(format.horizontalAlignment
          ? { horizontal: format.horizontalAlignment.toLowerCase() as "left" | "center" | "right" }
          : {}),
        ...(format.verticalAlignment
          ? { vertical: format.verticalAlignment === "Center" ? "middle" : format.verticalAlignment === "Top" ? "top" : "bottom" }
          : {}),
      };
    }
    if (format.border) {
      const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  });
}

export function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const worksheet = workbook.addWorksheet(spec.name);
  spec.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) worksheet.getCell(r + 1, c + 1).value = toCellValue(value);
    });
  });
  spec.columnWidths?.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  spec.rowHeights?.forEach((height, i) => {
    if (height !== null) worksheet.getRow(i + 1).height = height;
  });
  for (const format of spec.formats ?? []) applyFormat(worksheet, format);
  for (const range of spec.statusColors ?? []) addStatusColors(worksheet, rangeAddress(range));
  for (const range of spec.dataBars ?? []) addDataBars(worksheet, rangeAddress(range));
  if (spec.print) {
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      orientation: spec.print.landscape ? "landscape" : "portrait",
      ...(spec.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    };
    // titleRows are zero-based sheet rows, like every other position in a SheetSpec.
    const titles = spec.print.titleRows;
    if (titles) worksheet.pageSetup.printTitlesRow = `${titles.first + 1}:${titles.last + 1}`;
    if (spec.print.margins) worksheet.pageSetup.margins = { ...spec.print.margins };
    const footer = spec.print.footer;
    if (footer) {
      worksheet.headerFooter.oddFooter = `${footer.left ? `&L${footer.left}` : ""}${footer.center ? `&C${footer.center}` : ""}${footer.right ? `&R${footer.right}` : ""}`;
    }
  }
  // A break "after" a row in exceljs (<brk id> = the last row of a page), so the row above the page's first.
  for (const row of spec.pageBreaks ?? []) if (row > 0) worksheet.getRow(row).addPageBreak();
  if (spec.freezeRows) worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: spec.freezeRows }];
}
