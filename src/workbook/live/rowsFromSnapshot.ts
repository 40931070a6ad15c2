/**
 * readRows for gateways without a cheaper way: a full read of the tables asked for, cut down to
 * the requested rows (the .xlsx gateway, where a read costs no round trip).
 */
import type { RowsRead, RowsRequest, WorkbookGateway } from "../gateway";
import { WorkbookError } from "../gateway";

export async function readRowsByFullRead(gateway: Pick<WorkbookGateway, "read">, requests: readonly RowsRequest[]): Promise<RowsRead[]> {
  const names = [...new Set(requests.map((r) => r.table))];
  const snapshot = await gateway.read(names, { formulasOf: names });
  return requests.map((request) => {
    const data = snapshot.tables[request.table];
    if (!data) throw new WorkbookError(`The workbook has no table named "${request.table}".`, request.table);
    return {
      ...request,
      headers: [...data.headers],
      origin: { ...data.origin },
      bodyRowCount: data.bodyRowCount ?? data.rows.length,
      rows: data.rows.slice(request.firstRow, request.firstRow + request.rowCount).map((row) => [...row]),
      formulas: (data.formulas ?? []).slice(request.firstRow, request.firstRow + request.rowCount).map((row) => [...row]),
    };
  });
}
