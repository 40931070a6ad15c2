/**
 * The read → change → save cycle of a command that writes a workbook (recalc, status): the
 * output's lock is held from the read to the rename, so two runs on one file never lose a
 * result; --in-place on a read-only file is refused before any work.
 */
import { assertWritable } from "../xlsx/xlsxFile";
import { withWorkbookLock } from "../xlsx/fileLock";
import { XlsxGateway } from "../xlsx/xlsxGateway";

export async function updateWorkbook<T>(input: string, output: string, change: (gateway: XlsxGateway) => Promise<T>): Promise<T> {
  await assertWritable(output);
  return withWorkbookLock(output, async () => {
    const gateway = await XlsxGateway.open(input);
    const result = await change(gateway);
    await gateway.save(output);
    return result;
  });
}

/** Save a new workbook under the output's lock. */
export async function saveNewWorkbook(gateway: XlsxGateway, output: string): Promise<void> {
  await withWorkbookLock(output, () => gateway.save(output));
}
