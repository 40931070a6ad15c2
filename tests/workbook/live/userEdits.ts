/**
 * A user editing a MemoryGateway's tables, with the table change events Excel would raise for
 * each edit (Excel.TableChangedEventArgs: sheet-relative address, change type, source). The
 * MemoryGateway puts every table's header row on sheet row 1 from column A.
 */
import type { CellValue, CellWrite, WriteBatch } from "../../../src/workbook/gateway";
import type { TableChange } from "../../../src/workbook/live/changes";
import { findColumn } from "../../../src/workbook/schema";
import { columnLetters } from "../../../src/workbook/cells";
import { MemoryGateway, type MemoryTable } from "../../support/memoryGateway";

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

/**
 * A MemoryGateway that reports its single-cell writes back as one change per table over the
 * rectangle around them, as the Office fake does when a write's batch turns events back on
 * (runSteps' one-sync write): the echo live recalculation must tell from a user's edit.
 */
export class EchoingGateway extends MemoryGateway {
  private written: CellWrite[] = [];

  async write(batch: WriteBatch): Promise<void> {
    await super.write(batch);
    if (!batch.columns?.length && !batch.appends?.length && !batch.sheets?.length) this.written.push(...(batch.cells ?? []));
  }

  /** The echo of the writes since the last call. */
  takeEcho(): TableChange[] {
    const byTable = new Map<string, { top: number; bottom: number; left: number; right: number }>();
    for (const cell of this.written) {
      const table = this.table(cell.table);
      const col = findColumn(table.headers, cell.column);
      const seen = byTable.get(table.name) ?? { top: cell.row, bottom: cell.row, left: col, right: col };
      byTable.set(table.name, {
        top: Math.min(seen.top, cell.row),
        bottom: Math.max(seen.bottom, cell.row),
        left: Math.min(seen.left, col),
        right: Math.max(seen.right, col),
      });
    }
    this.written = [];
    return [...byTable].map(([table, box]) => ({
      table,
      address: bodyAddress(box.top, box.bottom - box.top + 1, box.left, box.right - box.left + 1),
      changeType: "RangeEdited",
      source: "Local",
    }));
  }
}
