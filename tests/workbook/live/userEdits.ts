/**
 * A user editing a MemoryGateway's tables, with the table change events Excel would raise for
 * each edit (Excel.TableChangedEventArgs: sheet-relative address, change type, source). The
 * MemoryGateway puts every table's header row on sheet row 1 from column A.
 */
import type { CellValue } from "../../../src/workbook/gateway";
import type { TableChange } from "../../../src/workbook/live/changes";
import { findColumn } from "../../../src/workbook/schema";
import type { MemoryGateway, MemoryTable } from "../../support/memoryGateway";

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B3:D5" for zero-based body rows and column indexes of a MemoryGateway table. */
export function bodyAddress(firstRow: number, rows: number, firstCol: number, cols = 1): string {
  const start = `${columnLetters(firstCol)}${firstRow + 2}`;
  if (rows === 1 && cols === 1) return start;
  return `${start}:${columnLetters(firstCol + cols - 1)}${firstRow + rows + 1}`;
}

export class UserEdits {
  constructor(private readonly gateway: MemoryGateway) {}

  table(name: string): MemoryTable {
    return this.gateway.table(name);
  }

  column(table: string, header: string): number {
    const index = findColumn(this.table(table).headers, header);
    if (index < 0) throw new Error(`no column ${header} in ${table}`);
    return index;
  }

  /** Types values into consecutive rows of one column (one value: one cell). */
  edit(table: string, row: number, header: string, ...values: CellValue[]): TableChange {
    const t = this.table(table);
    const col = this.column(table, header);
    values.forEach((value, i) => {
      t.rows[row + i][col] = value;
    });
    return { table: t.name, address: bodyAddress(row, values.length, col), changeType: "RangeEdited", source: "Local" };
  }

  /** A co-author's edit of one cell. */
  remoteEdit(table: string, row: number, header: string, value: CellValue): TableChange {
    return { ...this.edit(table, row, header, value), source: "Remote" };
  }

  append(table: string, record: Record<string, CellValue>): TableChange {
    const t = this.table(table);
    const row = t.headers.map((header) => (record[header] === undefined ? null : record[header]));
    t.rows.push(row);
    return { table: t.name, address: bodyAddress(t.rows.length - 1, 1, 0, t.headers.length), changeType: "RowInserted", source: "Local" };
  }

  remove(table: string, row: number): TableChange {
    const t = this.table(table);
    t.rows.splice(row, 1);
    return { table: t.name, address: bodyAddress(row, 1, 0, t.headers.length), changeType: "RowDeleted", source: "Local" };
  }
}
