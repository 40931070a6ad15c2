/**
 * The WorkbookGateway over an .xlsx file, for the command line tool. An existing file is edited
 * as a package (PackageWorkbook): only the owned cells, table ranges, added styles and new sheet
 * parts change, every other part keeps its bytes. A new workbook (`template`, `import`, Set up
 * of a new file) is drawn with exceljs, then handled as a package like any other file.
 * Every method checks the whole batch before changing anything; nothing reaches the disk until
 * save().
 */
import ExcelJS from "exceljs";
import type { ReadOptions, RowsRead, RowsRequest, TableSpec, WorkbookGateway, WorkbookSnapshot, WriteBatch } from "../workbook/gateway";
import { readRowsByFullRead } from "../workbook/live/rowsFromSnapshot";
import { WorkbookError } from "../workbook/gateway";
import { fitWriteBatch } from "../workbook/excelLimits";
import { drawTables } from "./newWorkbook";
import { PackageWorkbook } from "./packageWorkbook";
import { loadPackage, saveBytesSafely } from "./xlsxFile";
import { ZipPackage } from "./zipPackage";

export class XlsxGateway implements WorkbookGateway {
  private builder: ExcelJS.Workbook | null;
  private book: PackageWorkbook | null;

  constructor(source: ExcelJS.Workbook | PackageWorkbook = new ExcelJS.Workbook()) {
    this.builder = source instanceof PackageWorkbook ? null : source;
    this.book = source instanceof PackageWorkbook ? source : null;
  }

  /** Open an .xlsx file; a file that cannot be used throws a WorkbookError in plain words. */
  static async open(file: string): Promise<XlsxGateway> {
    const pkg = await loadPackage(file);
    try {
      return new XlsxGateway(new PackageWorkbook(pkg));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WorkbookError(`${file} could not be read as an .xlsx workbook, it looks damaged (${reason}).`);
    }
  }

  /** A workbook from its bytes (`label` names it in messages). */
  static fromBytes(bytes: Uint8Array, label: string): XlsxGateway {
    return new XlsxGateway(new PackageWorkbook(ZipPackage.read(bytes, label)));
  }

  /** The exceljs workbook of a new file still being drawn (before its first write). */
  get workbook(): ExcelJS.Workbook {
    if (!this.builder) throw new Error("an opened .xlsx file is edited as a package, not through exceljs");
    return this.builder;
  }

  /** Write the workbook to `file` safely (lock, temporary file, rename, mode kept). */
  async save(file: string): Promise<void> {
    await saveBytesSafely(file, await this.bytes());
  }

  async bytes(): Promise<Uint8Array> {
    if (this.builder) return new Uint8Array(await this.builder.xlsx.writeBuffer());
    return this.book!.pkg.toBytes();
  }

  sheetNames(): string[] {
    if (this.builder) return this.builder.worksheets.map((w) => w.name);
    return this.book!.sheetNames();
  }

  /** The package view; a workbook still being drawn is serialised first. */
  private async packaged(): Promise<PackageWorkbook> {
    if (this.book) return this.book;
    return new PackageWorkbook(ZipPackage.read(await this.bytes(), "the new workbook"));
  }

  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return (await this.packaged()).read(tableNames, options);
  }

  /** A package read costs no round trip: the rows come from a full read. */
  readRows(requests: readonly RowsRequest[]): Promise<RowsRead[]> {
    return readRowsByFullRead(this, requests);
  }

  async write(unfitted: WriteBatch): Promise<void> {
    const batch = fitWriteBatch(unfitted);
    const book = await this.packaged();
    await book.write(batch);
    this.book = book;
    this.builder = null;
  }

  async createTables(specs: readonly TableSpec[]): Promise<void> {
    if (!this.builder) {
      throw new WorkbookError("The command line adds tables only to a new workbook; set up this one in Excel with the add-in.");
    }
    drawTables(this.builder, specs);
  }

}
