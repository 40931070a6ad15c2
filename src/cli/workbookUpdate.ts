/**
 * The read → change → save cycle of a command that writes a workbook (recalc, status): the
 * output's lock is held from the read to the rename, so two runs on one file never lose a
 * result; --in-place on a read-only file is refused before any work.
 */
import type { WorkbookGateway } from "../workbook/gateway";
import { assertWritable } from "../xlsx/xlsxFile";
import { withWorkbookLock } from "../xlsx/fileLock";
import { XlsxGateway } from "../xlsx/xlsxGateway";
import { breathe, NO_PROGRESS, type Progress, reportingGateway } from "./progress";

export async function updateWorkbook<T>(
  input: string,
  output: string,
  change: (gateway: WorkbookGateway) => Promise<T>,
  progress: Progress = NO_PROGRESS
): Promise<T> {
  await assertWritable(output);
  try {
    return await withWorkbookLock(output, async () => {
      progress.phase(`opening ${input}`);
      const gateway = await XlsxGateway.open(input);
      const result = await change(reportingGateway(gateway, progress, input));
      progress.phase(`saving ${output}`);
      await breathe();
      await gateway.save(output);
      return result;
    });
  } finally {
    progress.done();
  }
}

/** Save a new workbook under the output's lock. */
export async function saveNewWorkbook(gateway: XlsxGateway, output: string): Promise<void> {
  await withWorkbookLock(output, () => gateway.save(output));
}
