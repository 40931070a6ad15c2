/**
 * Where things are in an .xlsx package: the workbook part (through the package relationships),
 * its sheets in tab order and their parts, and every table part with its sheet, range and
 * column names. Relationship targets may be relative ("worksheets/sheet1.xml") or absolute
 * ("/xl/worksheets/sheet1.xml", as Excel sometimes writes them).
 */
import { WorkbookError } from "../workbook/gateway";
import { attributeOf, decodeOoxmlString, parseAttributes } from "./xmlText";
import type { ZipPackage } from "./zipPackage";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
};

export interface Relationship {
  id: string;
  type: string;
  /** Zip entry name of the target, or the raw target for external ones. */
  part: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  rId: string;
  /** Zip entry of the sheet's part; null for a chart sheet or a missing part. */
  part: string | null;
}

export interface TableEntry {
  name: string;
  part: string;
  sheet: SheetEntry;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
  columns: string[];
}

/** "xl/_rels/workbook.xml.rels" for "xl/workbook.xml". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The package's entry name as stored (OPC part names are case-insensitive). */
export function entryName(pkg: ZipPackage, part: string): string {
  if (pkg.has(part)) return part;
  const lower = part.toLowerCase();
  return pkg.names().find((name) => name.toLowerCase() === lower) ?? part;
}

export function relationshipsOf(pkg: ZipPackage, sourcePart: string): Relationship[] {
  const xml = pkg.text(entryName(pkg, relsPartOf(sourcePart)));
  if (!xml) return [];
  const found: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const attrs = parseAttributes(match[0]);
    const external = attrs.TargetMode === "External";
    const target = attrs.Target ?? "";
    found.push({
      id: attrs.Id ?? "",
      type: attrs.Type ?? "",
      part: external ? target : entryName(pkg, resolveTarget(sourcePart, target)),
      external,
    });
  }
  return found;
}

export function workbookPart(pkg: ZipPackage): string {
  const office = relationshipsOf(pkg, "").find((rel) => rel.type === REL_TYPES.officeDocument || rel.type.endsWith("/officeDocument"));
  const part = office ? office.part : entryName(pkg, "xl/workbook.xml");
  if (!pkg.has(part)) throw new WorkbookError("the package has no workbook part");
  return part;
}

export function sheetsOf(pkg: ZipPackage, workbook: string): SheetEntry[] {
  const xml = pkg.text(workbook) ?? "";
  const rels = relationshipsOf(pkg, workbook);
  const sheets: SheetEntry[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const attrs = parseAttributes(match[0]);
    const rId = Object.entries(attrs).find(([key]) => key.endsWith(":id"))?.[1] ?? "";
    const rel = rels.find((r) => r.id === rId);
    const part = rel && !rel.external && rel.type.endsWith("/worksheet") && pkg.has(rel.part) ? rel.part : null;
    sheets.push({ name: attrs.name ?? "", rId, part });
  }
  return sheets;
}

function tableEntry(pkg: ZipPackage, part: string, sheet: SheetEntry): TableEntry | null {
  const xml = pkg.text(part);
  if (!xml) return null;
  const open = /<(?:\w+:)?table\s[^>]*>/.exec(xml);
  if (!open) return null;
  const attrs = parseAttributes(open[0]);
  const columns = [...xml.matchAll(/<(?:\w+:)?tableColumn\s[^>]*>/g)].map((m) => decodeOoxmlString(attributeOf(m[0], "name") ?? ""));
  return {
    name: attrs.displayName ?? attrs.name ?? "",
    part,
    sheet,
    ref: attrs.ref ?? "",
    headerRowCount: attrs.headerRowCount === undefined ? 1 : Number(attrs.headerRowCount),
    totalsRowCount: attrs.totalsRowCount === undefined ? 0 : Number(attrs.totalsRowCount),
    columns,
  };
}

export function tablesOf(pkg: ZipPackage, sheets: readonly SheetEntry[]): TableEntry[] {
  const tables: TableEntry[] = [];
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of relationshipsOf(pkg, sheet.part)) {
      if (rel.external || !rel.type.endsWith("/table")) continue;
      const entry = tableEntry(pkg, rel.part, sheet);
      if (entry) tables.push(entry);
    }
  }
  return tables;
}
