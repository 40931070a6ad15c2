/**
 * styles.xml, only ever added to: a cell that needs the tool's number format gets a copy of its
 * own `xf` with that format, appended to cellXfs; an existing `xf`, font, fill or border another
 * cell uses is never changed. A new sheet built elsewhere (exceljs) brings its styles over the
 * same way, appended and renumbered.
 */
import { WorkbookError } from "../workbook/gateway";
import { attributeOf, escapeXml, withAttribute } from "./xmlText";

/** Excel's built-in number formats the tool writes (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** Order of styleSheet's children (18.8.39), to insert a missing list where Excel expects it. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const CHILD: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

interface List {
  items: string[];
}

/** The items of one list (`<fonts>` → each `<font>` element's text). */
function readList(xml: string, name: string): List {
  const block = new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  const inner = block?.[1] ?? "";
  const child = CHILD[name];
  const pattern = new RegExp(`<${child}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g");
  return { items: inner.match(pattern) ?? [] };
}

export class StylesPart {
  private readonly lists = new Map<string, List>();
  private readonly added = new Map<string, string[]>();
  private readonly xfCache = new Map<string, number>();

  constructor(private readonly xml: string) {
    if (/<\w+:styleSheet[\s>]/.test(xml)) throw new WorkbookError("the workbook's styles part uses a namespace prefix this tool cannot edit");
  }

  private list(name: string): string[] {
    let list = this.lists.get(name);
    if (!list) {
      list = readList(this.xml, name);
      this.lists.set(name, list);
    }
    return list.items;
  }

  /** Append an item (or find an identical one) and return its index. */
  private add(name: string, item: string): number {
    const items = this.list(name);
    const existing = items.indexOf(item);
    if (existing >= 0) return existing;
    items.push(item);
    const added = this.added.get(name) ?? [];
    added.push(item);
    this.added.set(name, added);
    return items.length - 1;
  }

  changed(): boolean {
    return this.added.size > 0;
  }

  /** The id of a number format: a built-in one, an existing custom one, or a new custom one. */
  numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const formats = this.list("numFmts");
    for (const format of formats) {
      if (attributeOf(format, "formatCode") === code) return Number(attributeOf(format, "numFmtId"));
    }
    const ids = formats.map((f) => Number(attributeOf(f, "numFmtId")));
    const id = Math.max(163, ...ids) + 1;
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  formatCodeOf(id: number): string | null {
    for (const format of this.list("numFmts")) {
      if (Number(attributeOf(format, "numFmtId")) === id) return attributeOf(format, "formatCode");
    }
    return Object.entries(BUILT_IN_FORMATS).find(([, builtIn]) => builtIn === id)?.[0] ?? null;
  }

  /** Index of an xf that looks like `style` with number format `code` (a new one when needed). */
  withNumberFormat(style: number, code: string): number {
    const key = `${style}\u0000${code}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const xfs = this.list("cellXfs");
    const base = xfs[style] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const id = this.numberFormatId(code);
    let index: number;
    if (Number(attributeOf(base, "numFmtId") ?? 0) === id && xfs[style] !== undefined) index = style;
    else {
      const openEnd = base.indexOf(">") + 1;
      const tag = withAttribute(withAttribute(base.slice(0, openEnd), "numFmtId", String(id)), "applyNumberFormat", "1");
      index = this.add("cellXfs", tag + base.slice(openEnd));
    }
    this.xfCache.set(key, index);
    return index;
  }

  /** Bring one xf of another styles part over (its font, fill, border and number format too). */
  importXf(source: StylesPart, index: number): number {
    const xf = source.list("cellXfs")[index];
    if (!xf) return 0;
    const openEnd = xf.indexOf(">") + 1;
    let tag = xf.slice(0, openEnd);
    const fontId = this.add("fonts", source.list("fonts")[Number(attributeOf(tag, "fontId") ?? 0)] ?? this.list("fonts")[0]);
    const fillId = this.add("fills", source.list("fills")[Number(attributeOf(tag, "fillId") ?? 0)] ?? this.list("fills")[0]);
    const borderId = this.add("borders", source.list("borders")[Number(attributeOf(tag, "borderId") ?? 0)] ?? this.list("borders")[0]);
    const sourceFormat = Number(attributeOf(tag, "numFmtId") ?? 0);
    const code = sourceFormat >= 164 ? source.formatCodeOf(sourceFormat) : null;
    const numFmtId = code !== null ? this.numberFormatId(code) : sourceFormat;
    tag = withAttribute(tag, "fontId", String(fontId));
    tag = withAttribute(tag, "fillId", String(fillId));
    tag = withAttribute(tag, "borderId", String(borderId));
    tag = withAttribute(tag, "numFmtId", String(numFmtId));
    tag = withAttribute(tag, "xfId", "0");
    return this.add("cellXfs", tag + xf.slice(openEnd));
  }

  /** Bring a differential format (conditional formatting's look) over; returns its new index. */
  importDxf(source: StylesPart, index: number): number {
    const dxf = source.list("dxfs")[index];
    if (!dxf) throw new WorkbookError("a conditional format refers to a missing style");
    return this.add("dxfs", dxf);
  }

  /** styles.xml with the added items appended to their lists (and counts updated). */
  toXml(): string {
    let xml = this.xml;
    for (const name of ORDER) {
      const added = this.added.get(name);
      if (!added || added.length === 0) continue;
      xml = appendToList(xml, name, added, this.list(name).length);
    }
    return xml;
  }
}

function appendToList(xml: string, name: string, items: string[], count: number): string {
  const block = new RegExp(`<${name}(\\s[^>]*?)?(/?)>`).exec(xml);
  if (block) {
    const tag = withAttribute(block[0].replace(/\/>$/, ">"), "count", String(count));
    if (block[2] === "/") {
      return xml.slice(0, block.index) + tag + items.join("") + `</${name}>` + xml.slice(block.index + block[0].length);
    }
    const close = xml.indexOf(`</${name}>`, block.index);
    return xml.slice(0, block.index) + tag + xml.slice(block.index + block[0].length, close) + items.join("") + xml.slice(close);
  }
  // The list is missing: insert it before the first later sibling that is present.
  const later = ORDER.slice(ORDER.indexOf(name) + 1);
  let at = xml.indexOf("</styleSheet>");
  for (const sibling of later) {
    const match = new RegExp(`<${sibling}[\\s/>]`).exec(xml);
    if (match) {
      at = match.index;
      break;
    }
  }
  if (at < 0) throw new WorkbookError("the workbook's styles part is damaged");
  return `${xml.slice(0, at)}<${name} count="${count}">${items.join("")}</${name}>${xml.slice(at)}`;
}
