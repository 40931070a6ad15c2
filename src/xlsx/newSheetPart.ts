/**
 * A new sheet (a status sheet) added to a package: sheetWriter draws it on a scratch exceljs
 * workbook, and only that sheet's part comes over, its styles appended to the workbook's
 * styles.xml and renumbered, its strings made inline, its print titles added as a defined
 * name. The workbook part, its relationships and [Content_Types].xml get one entry each.
 */
import ExcelJS from "exceljs";
import type { SheetSpec } from "../workbook/gateway";
import { attributeOf, escapeXml } from "./xmlText";
import { writeSheet } from "./sheetWriter";
import { StylesPart } from "./stylesPart";
import { parseSharedStrings } from "./sharedStrings";
import { cellXml } from "./cellText";
import { relsPartOf } from "./workbookParts";
import { ZipPackage } from "./zipPackage";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface BuiltSheet {
  xml: string;
  styles: StylesPart;
  /** definedName elements of the sheet (print titles), with localSheetId still exceljs's 0. */
  definedNames: string[];
}

export async function buildSheet(spec: SheetSpec): Promise<BuiltSheet> {
  const scratch = new ExcelJS.Workbook();
  writeSheet(scratch, spec);
  const pkg = ZipPackage.read(new Uint8Array(await scratch.xlsx.writeBuffer()), spec.name);
  const workbook = pkg.text("xl/workbook.xml") ?? "";
  return {
    xml: inlineStrings(pkg),
    styles: new StylesPart(pkg.text("xl/styles.xml") ?? ""),
    definedNames: workbook.match(/<definedName\s[^>]*>[\s\S]*?<\/definedName>/g) ?? [],
  };
}

/** The scratch sheet with its shared strings turned into inline strings (literal text). */
function inlineStrings(pkg: ZipPackage): string {
  const strings = parseSharedStrings(pkg.text("xl/sharedStrings.xml"));
  return (pkg.text("xl/worksheets/sheet1.xml") ?? "").replace(/<c\s([^>]*?)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (whole, attrs: string, index: string) => {
    if (!/\st="s"|^t="s"/.test(` ${attrs}`)) return whole;
    const ref = /r="([A-Z]+)(\d+)"/.exec(attrs);
    if (!ref) return whole;
    let col = 0;
    for (const letter of ref[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
    return cellXml("", Number(ref[2]), col, /\ss="(\d+)"/.exec(` ${attrs}`)?.[1] ?? null, strings[Number(index)] ?? "");
  });
}

/** Style indices (cells, rows, columns) and conditional formats' dxfIds moved to the target's. */
function renumberStyles(xml: string, source: StylesPart, target: StylesPart): string {
  const xfs = new Map<number, number>();
  const xf = (index: number): number => {
    let mapped = xfs.get(index);
    if (mapped === undefined) {
      mapped = target.importXf(source, index);
      xfs.set(index, mapped);
    }
    return mapped;
  };
  return xml
    .replace(/<(c|row)\s[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, n: string) => ` s="${xf(Number(n))}"`))
    .replace(/<col\s[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, n: string) => ` style="${xf(Number(n))}"`))
    .replace(/<cfRule\s[^>]*>/g, (tag) => tag.replace(/\sdxfId="(\d+)"/, (_, n: string) => ` dxfId="${target.importDxf(source, Number(n))}"`))
    .replace(/\stabSelected="1"/g, "");
}

/** A workbook part with an open `<sheets>` element (exceljs writes none for an empty workbook). */
function withSheetsElement(workbook: string): string {
  const empty = /<(\w+:)?sheets\s*\/>/.exec(workbook);
  if (empty) return workbook.replace(empty[0], `<${empty[1] ?? ""}sheets></${empty[1] ?? ""}sheets>`);
  if (/<\/(\w+:)?sheets>/.test(workbook)) return workbook;
  const prefix = /<(\w+:)?workbook[\s>]/.exec(workbook)?.[1] ?? "";
  const later = new RegExp(`<${prefix}(functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|extLst)[\\s/>]|</${prefix}workbook>`).exec(workbook)!;
  return `${workbook.slice(0, later.index)}<${prefix}sheets></${prefix}sheets>${workbook.slice(later.index)}`;
}

function freePartName(pkg: ZipPackage, folder: string): { part: string; target: string } {
  const taken = new Set(pkg.names().map((n) => n.toLowerCase()));
  for (let i = 1; ; i += 1) {
    const part = `${folder}worksheets/sheet${i}.xml`;
    if (!taken.has(part.toLowerCase())) return { part, target: `worksheets/sheet${i}.xml` };
  }
}

function insertDefinedNames(workbookXml: string, names: string[]): string {
  if (names.length === 0) return workbookXml;
  const empty = /<(\w+:)?definedNames\s*\/>/.exec(workbookXml);
  if (empty) workbookXml = workbookXml.replace(empty[0], `<${empty[1] ?? ""}definedNames></${empty[1] ?? ""}definedNames>`);
  const existing = /<(\w+:)?definedNames(\s[^>]*)?>/.exec(workbookXml);
  if (existing) {
    const close = workbookXml.indexOf(`</${existing[1] ?? ""}definedNames>`, existing.index);
    const prefix = existing[1] ?? "";
    const prefixed = names.map((n) => n.replace(/<definedName/g, `<${prefix}definedName`).replace(/<\/definedName>/g, `</${prefix}definedName>`));
    return workbookXml.slice(0, close) + prefixed.join("") + workbookXml.slice(close);
  }
  const sheetsClose = /<\/(\w+:)?sheets>/.exec(workbookXml)!;
  const prefix = sheetsClose[1] ?? "";
  let at = sheetsClose.index + sheetsClose[0].length;
  for (const earlier of ["functionGroups", "externalReferences"]) {
    const match = new RegExp(`</${prefix}${earlier}>|<${prefix}${earlier}\\s[^>]*/>`).exec(workbookXml);
    if (match) at = Math.max(at, match.index + match[0].length);
  }
  const prefixed = names.map((n) => n.replace(/<definedName/g, `<${prefix}definedName`).replace(/<\/definedName>/g, `</${prefix}definedName>`));
  return `${workbookXml.slice(0, at)}<${prefix}definedNames>${prefixed.join("")}</${prefix}definedNames>${workbookXml.slice(at)}`;
}

/** Add `built` to the package as the last sheet, named `name`. */
export function addSheetPart(pkg: ZipPackage, workbookPart: string, name: string, built: BuiltSheet, styles: StylesPart): void {
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const { part, target } = freePartName(pkg, folder);
  pkg.setText(part, renumberStyles(built.xml, built.styles, styles));

  const relsPart = relsPartOf(workbookPart);
  const rels = pkg.text(relsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set([...rels.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n += 1;
  const rId = `rId${n}`;
  pkg.setText(relsPart, rels.replace(/<\/(\w+:)?Relationships>/, (close) => `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="${target}"/>${close}`));

  let workbook = pkg.text(workbookPart)!;
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => Number(attributeOf(m[0], "sheetId") ?? 0));
  const sheetCount = (workbook.match(/<(?:\w+:)?sheet\s/g) ?? []).length;
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const root = /<(\w+:)?workbook[\s>][^>]*>/.exec(workbook)?.[0] ?? "";
  const relPrefix = new RegExp(`xmlns:(\\w+)="${RELS_NS}"`).exec(root)?.[1];
  workbook = withSheetsElement(workbook);
  const sheetsClose = /<\/(\w+:)?sheets>/.exec(workbook)!;
  const prefix = sheetsClose[1] ?? "";
  const idAttr = relPrefix ? `${relPrefix}:id="${rId}"` : `xmlns:r="${RELS_NS}" r:id="${rId}"`;
  const entry = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`;
  workbook = workbook.slice(0, sheetsClose.index) + entry + workbook.slice(sheetsClose.index);
  const names = built.definedNames.map((d) => d.replace(/localSheetId="\d+"/, `localSheetId="${sheetCount}"`));
  pkg.setText(workbookPart, insertDefinedNames(workbook, names));

  const types = pkg.text("[Content_Types].xml")!;
  const override = `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/>`;
  pkg.setText("[Content_Types].xml", types.replace(/<\/(\w+:)?Types>/, (close) => `${override}${close}`));
}
