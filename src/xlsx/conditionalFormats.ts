/** Status colours and data bars as conditional formatting, so they follow the values. */
import type ExcelJS from "exceljs";
import { STATUS_COLORS } from "../core/statusColors";
import { STATUSES } from "../core/types";
import { argb } from "./cellValues";

const DATA_BAR_COLOR = "#5B9BD5";

/** One rule per status: cell equal to the status name → its fill and font colour. */
export function addStatusColors(worksheet: ExcelJS.Worksheet, ref: string): void {
  worksheet.addConditionalFormatting({
    ref,
    rules: STATUSES.map((status, i) => ({
      type: "cellIs",
      operator: "equal",
      priority: i + 1,
      formulae: [`"${status}"`],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(STATUS_COLORS[status].fill) } },
        font: { color: { argb: argb(STATUS_COLORS[status].font) } },
      },
    })) as ExcelJS.ConditionalFormattingRule[],
  });
}

/** Data bars for fractions: 0 is an empty bar, 1 (100%) a full one. */
export function addDataBars(worksheet: ExcelJS.Worksheet, ref: string): void {
  worksheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "dataBar",
        priority: 1,
        minLength: 0,
        maxLength: 100,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 1 },
        ],
        color: { argb: argb(DATA_BAR_COLOR) },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
}
