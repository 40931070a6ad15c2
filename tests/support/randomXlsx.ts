/**
 * Seeded random .xlsx workbooks for the nothing-lost property test: the bundled plan's tables
 * with rows left out, columns reordered, user columns (text, shared formulas, formulas with
 * text and error results), tables away from A1 with a title above, one style shared by input
 * and computed cells (what "Clear formats" then a font gives), shared or inline strings, empty
 * styled rows inside the table range, a user sheet, a comment on an empty cell, a custom XML
 * part and a calculation chain. Written as raw SpreadsheetML, independently of the gateway.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import type { CellValue, TableSpec } from "../../src/workbook/gateway";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { columnLetters } from "../../src/workbook/cells";
import { seededRandom } from "./seededRandom";


const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** cellXfs: 0 General, 1 date, 2 percent, 3 text, 4 one plain look for everything, 5 bold. */
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const FORMAT_STYLE: Record<string, number> = { "yyyy-mm-dd": 1, "0%": 2, "@": 3 };

interface Built {
  bytes: Uint8Array;
  /** Table name → sheet name, for the test's messages. */
  sheets: Record<string, string>;
}

export function randomXlsx(seed: number): Built {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const chance = (p: number): boolean => rnd() < p;
  const styleMode = pick(["one-style", "typed", "random"] as const);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): number => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return stringIndex.get(text)!;
  };
  const files: Zippable = {};
  const overrides: string[] = [];
  const sheetEntries: string[] = [];
  const workbookRels: string[] = [];
  const calc: string[] = [];
  const sheets: Record<string, string> = {};

  const cell = (ref: string, value: CellValue, style: number): string => {
    const s = style > 0 ? ` s="${style}"` : "";
    if (value === null) return chance(0.3) ? `<c r="${ref}"${s}/>` : "";
    if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    if (chance(0.3)) return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
    return `<c r="${ref}"${s} t="s"><v>${shared(value)}</v></c>`;
  };

  const specs: TableSpec[] = bundleToTableSpecs(BUNDLED_PLAN).map((spec) => {
    const keep = spec.name === "Plan" || spec.name === "WorkPlan" ? 3 + Math.floor(rnd() * (spec.rows.length - 2)) : spec.rows.length;
    return { ...spec, rows: spec.rows.slice(0, keep) };
  });

  specs.forEach((spec, index) => {
    const n = index + 1;
    const sheetName = spec.sheet.toLowerCase() === "history" ? "KPI History" : spec.sheet;
    sheets[spec.name] = sheetName;
    // Columns as the user arranged them: maybe swapped, maybe with columns of their own.
    const order = spec.headers.map((_, i) => i);
    if (chance(0.5)) {
      const a = Math.floor(rnd() * order.length);
      const b = Math.floor(rnd() * order.length);
      [order[a], order[b]] = [order[b], order[a]];
    }
    type Column = { header: string; source: number } | { header: string; user: "text" | "shared" | "str" | "error" };
    const columns: Column[] = order.map((i) => ({ header: spec.headers[i], source: i }));
    const userColumns = Math.floor(rnd() * 3);
    for (let u = 0; u < userColumns; u += 1) {
      const kind = pick(["text", "shared", "str", "error"] as const);
      columns.splice(Math.floor(rnd() * (columns.length + 1)), 0, { header: `My ${kind} ${u}`, user: kind });
    }
    const top = 1 + (chance(0.4) ? 1 + Math.floor(rnd() * 3) : 0);
    const left = chance(0.4) ? 1 + Math.floor(rnd() * 2) : 0;
    const rows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
    const emptyTail = chance(0.3) ? 1 + Math.floor(rnd() * 3) : 0;
    const last = top + rows.length + emptyTail;
    const ref = (r: number, c: number): string => `${columnLetters(left + c)}${r}`;
    const xmlRows: string[] = [];
    if (top > 1) xmlRows.push(`<row r="1">${cell(ref(1, 0), `Title of ${sheetName}`, 5)}</row>`);
    xmlRows.push(`<row r="${top}">${columns.map((c, j) => cell(ref(top, j), c.header, 5)).join("")}</row>`);
    const styleOf = (header: string): number => {
      if (styleMode === "one-style") return 4;
      if (styleMode === "random") return pick([0, 1, 2, 3, 4]);
      return FORMAT_STYLE[spec.numberFormats?.[header] ?? ""] ?? 0;
    };
    rows.forEach((values, i) => {
      const r = top + 1 + i;
      const cells = columns.map((column, j) => {
        const a = ref(r, j);
        if ("source" in column) return cell(a, values[column.source] ?? null, styleOf(column.header));
        const s = styleOf(column.header);
        const sAttr = s > 0 ? ` s="${s}"` : "";
        if (column.user === "text") return cell(a, pick(["keep", "=1+1", "note", "", "@x"]), s);
        calc.push(`<c r="${a}" i="${n}"/>`);
        if (column.user === "shared") {
          const f = i === 0 ? `<f t="shared" ref="${ref(r, j)}:${ref(top + rows.length, j)}" si="0">ROW()</f>` : '<f t="shared" si="0"/>';
          return `<c r="${a}"${sAttr}>${f}<v>${r}</v></c>`;
        }
        if (column.user === "str") return `<c r="${a}"${sAttr} t="str"><f>IF(TRUE,"not yet","")</f><v>not yet</v></c>`;
        return `<c r="${a}"${sAttr} t="e"><f>NA()</f><v>#N/A</v></c>`;
      });
      xmlRows.push(`<row r="${r}">${cells.join("")}</row>`);
    });
    for (let r = top + rows.length + 1; r <= last; r += 1) {
      xmlRows.push(`<row r="${r}">${columns.map((c, j) => `<c r="${ref(r, j)}" s="${styleOf(c.header)}"/>`).join("")}</row>`);
    }
    // A user's note under the table, out of the way of appended rows.
    xmlRows.push(`<row r="${last + 200}">${cell(ref(last + 200, 0), "note far below", 0)}</row>`);
    const tableRef = `${ref(top, 0)}:${ref(last, columns.length - 1)}`;
    const sheetRels = [`<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${n}.xml"/>`];
    if (spec.name === "Plan" && chance(0.7)) {
      sheetRels.push(`<Relationship Id="rId2" Type="${REL}/comments" Target="../comments${n}.xml"/>`);
      files[`xl/comments${n}.xml`] = strToU8(
        `${XML}<comments xmlns="${MAIN}"><authors><author>A</author></authors><commentList><comment ref="${ref(top + 1, columns.length + 2)}" authorId="0"><text><t>empty-cell note</t></text></comment></commentList></comments>`
      );
      overrides.push(`<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
    }
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${ref(last + 200, columns.length - 1)}"/><sheetData>${xmlRows.join("")}</sheetData>` +
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`
    );
    files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(`${XML}<Relationships xmlns="${PKG}">${sheetRels.join("")}</Relationships>`);
    files[`xl/tables/table${n}.xml`] = strToU8(
      `${XML}<table xmlns="${MAIN}" id="${n}" name="${spec.name}" displayName="${spec.name}" ref="${tableRef}" totalsRowShown="0"><autoFilter ref="${tableRef}"/>` +
        `<tableColumns count="${columns.length}">${columns.map((c, j) => `<tableColumn id="${j + 1}" name="${esc(c.header)}"/>`).join("")}</tableColumns>` +
        `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
    );
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    overrides.push(`<Override PartName="/xl/tables/table${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);
    sheetEntries.push(`<sheet name="${esc(sheetName)}" sheetId="${n}" r:id="rId${n}"/>`);
    workbookRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });

  // A sheet of the user's own.
  const own = specs.length + 1;
  const ownCells = Array.from({ length: 1 + Math.floor(rnd() * 5) }, (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, `mine ${i}`, 0)}${cell(`B${i + 1}`, Math.round(rnd() * 1000), 0)}</row>`);
  files[`xl/worksheets/sheet${own}.xml`] = strToU8(`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${ownCells.join("")}</sheetData></worksheet>`);
  overrides.push(`<Override PartName="/xl/worksheets/sheet${own}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  sheetEntries.push(`<sheet name="My notes" sheetId="${own}" r:id="rId${own}"/>`);
  workbookRels.push(`<Relationship Id="rId${own}" Type="${REL}/worksheet" Target="worksheets/sheet${own}.xml"/>`);

  workbookRels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  workbookRels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (calc.length > 0) {
    files["xl/calcChain.xml"] = strToU8(`${XML}<calcChain xmlns="${MAIN}">${calc.join("")}</calcChain>`);
    workbookRels.push(`<Relationship Id="rIdC" Type="${REL}/calcChain" Target="calcChain.xml"/>`);
    overrides.push('<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>');
  }
  files["customXml/item1.xml"] = strToU8(`<data seed="${seed}">${Math.round(rnd() * 1e9)}</data>`);
  files["xl/styles.xml"] = strToU8(STYLES);
  files["xl/workbook.xml"] = strToU8(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEntries.join("")}</sheets><calcPr calcId="191029"/></workbook>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(`${XML}<Relationships xmlns="${PKG}">${workbookRels.join("")}</Relationships>`);
  files["xl/sharedStrings.xml"] = strToU8(
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`
  );
  overrides.push(
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
  );
  const ordered: Zippable = {
    "[Content_Types].xml": strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`
    ),
    "_rels/.rels": strToU8(`${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    ...files,
  };
  return { bytes: zipSync(ordered, { mtime: new Date(Date.UTC(2024, 0, 1)) }), sheets };
}
