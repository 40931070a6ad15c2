/** Temporary folders and raw-file helpers for the .xlsx gateway and CLI tests. */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";

export function tempFolder(): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kpi-xlsx-"));
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The XML of one worksheet part, found through the workbook's sheet name. */
export async function sheetXml(file: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  const partName = `xl/${target![1].replace(/^\/?xl\//, "")}`;
  return zip.file(partName)!.async("string");
}

export async function zipPart(file: string, partName: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file(partName)?.async("string") ?? null;
}

export async function partNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return Object.keys(zip.files);
}
