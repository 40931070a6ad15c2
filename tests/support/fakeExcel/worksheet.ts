/** Worksheets: ranges by address, tables, charts, freeze panes, page layout, protection. */
import { parseA1, rectToA1 } from "./address";
import { FakeClientObject, payloadBytes, settingsObject, type FakeContextCore } from "./context";
import { FakeOfficeError, invalidArgument, itemAlreadyExists, itemNotFound, propertyNotLoaded } from "./errors";
import { FakeRange, assertSameContext, assertWritable, writeOnly } from "./range";
import type { SheetState, WorkbookState } from "./state";
import { FakeEventHandlers } from "./events";
import { FakeTableCollection } from "./table";

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** Excel's sheet-name rules: 1-31 characters, none of [ ] : * ? / \, no apostrophe at either end, not "History". */
function validSheetName(name: string): boolean {
  if (!name || name.length > 31 || INVALID_SHEET_NAME.test(name)) return false;
  if (name.startsWith("'") || name.endsWith("'")) return false;
  return name.toLowerCase() !== "history";
}

/**
 * Review > Protect Workbook locks the structure: no sheet can be added, deleted or renamed
 * (https://support.microsoft.com/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517;
 * Office.js reports it through WorkbookProtection, https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection).
 */
function assertStructureEditable(state: WorkbookState, what: string): void {
  if (state.structureProtected) {
    throw new FakeOfficeError("AccessDenied", `The workbook's structure is protected: cannot ${what}.`);
  }
}

export class FakeWorksheet extends FakeClientObject {
  readonly tables: FakeTableCollection;
  /** onFormatChanged (ExcelApi 1.9): format changes of this sheet, never its tables' onChanged. */
  readonly onFormatChanged: FakeEventHandlers<import("./state").FormatHandler>;

  constructor(
    core: FakeContextCore,
    private readonly resolve: () => SheetState | null
  ) {
    super(core, "Worksheet");
    this.tables = new FakeTableCollection(core, () => this.require(), (r) => new FakeWorksheet(core, r));
    this.onFormatChanged = new FakeEventHandlers(core, () => this.require().formatHandlers);
  }

  delete(): void {
    this.command(0, (sheet: SheetState) => {
      const state = this.core.state;
      assertStructureEditable(state, `delete sheet ${sheet.name}`);
      const index = state.sheets.indexOf(sheet);
      state.sheets.splice(index, 1);
      for (let i = state.tables.length - 1; i >= 0; i--) if (state.tables[i].sheet === sheet) state.tables.splice(i, 1);
      if (state.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) state.activeSheet = null;
    });
  }

  private require(): SheetState {
    const sheet = this.resolve();
    if (!sheet) throw itemNotFound("worksheet is a null object");
    return sheet;
  }

  protected target(): SheetState | null {
    return this.resolve();
  }
  protected get leafProps(): string[] {
    return ["name", "id", "position"];
  }
  protected readProp(prop: string, sheet: SheetState): unknown {
    if (prop === "name") return sheet.name;
    if (prop === "id") return sheet.id;
    if (prop === "position") return this.core.state.sheets.indexOf(sheet);
    throw invalidArgument(`Worksheet has no loadable property "${prop}"`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.core, () => {
      const sheet = this.require();
      const rect = parseA1(address ?? "A1:XFD1048576");
      if (!rect) throw invalidArgument(`address "${address}"`, "Worksheet.getRange");
      return { sheet, rect };
    });
  }

  /** The sheet's used range (cells with values when valuesOnly), or a null object when empty. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }

  activate(): void {
    this.command(0, (sheet: SheetState) => void (this.core.state.activeSheet = sheet.name));
  }

  readonly freezePanes = {
    freezeRows: (count: number): void =>
      this.command(0, (sheet: SheetState) => {
        sheet.frozenRows = count;
      }),
  };

  readonly pageLayout = Object.assign(
    writeOnly({
      orientation: (value: string) =>
        this.command(payloadBytes(value), (sheet: SheetState) => void (sheet.pageLayout.orientation = value)),
      zoom: (value: unknown) => this.command(payloadBytes(value), (sheet: SheetState) => void (sheet.pageLayout.zoom = value)),
      ...Object.fromEntries(
        ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"].map((key) => [
          key,
          (value: number) =>
            this.command(payloadBytes(value), (sheet: SheetState) => {
              if (!(typeof value === "number" && value >= 0)) throw invalidArgument(`${key} ${String(value)}`);
              sheet.pageLayout.margins[key] = value;
            }),
        ])
      ),
    }),
    {
      headersFooters: {
        defaultForAllPages: writeOnly(
          Object.fromEntries(
            ["leftFooter", "centerFooter", "rightFooter", "leftHeader", "centerHeader", "rightHeader"].map((key) => [
              key,
              (value: string) =>
                this.command(payloadBytes(value), (sheet: SheetState) => void (sheet.pageLayout.footers[key] = value)),
            ])
          )
        ),
      },
      setPrintTitleRows: (address: string): void =>
        this.command(payloadBytes(address), (sheet: SheetState) => {
          if (!/^\$?\d+:\$?\d+$/.test(address)) throw invalidArgument(`print title rows "${address}"`);
          sheet.pageLayout.printTitleRows = address;
        }),
    }
  );

  /** PageBreakCollection.add: a break before the top-left cell of the range (ExcelApi 1.9). */
  readonly horizontalPageBreaks = {
    add: (pageBreakRange: string): void =>
      this.command(payloadBytes(pageBreakRange), (sheet: SheetState) => {
        if (!parseA1(pageBreakRange)) throw invalidArgument(`page break range "${pageBreakRange}"`);
        sheet.horizontalPageBreaks.push(pageBreakRange);
      }),
  };

  readonly protection = new FakeWorksheetProtection(this.core, () => this.resolve());

  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy: string): Record<string, unknown> => {
      assertSameContext(source, this.core, "ChartCollection.add");
      let settings: Record<string, unknown> | null = null;
      this.command(payloadBytes([type, seriesBy]), (sheet: SheetState) => {
        assertWritable(sheet);
        const src = source.resolveTarget();
        if (!src) throw itemNotFound("chart source range");
        settings = {};
        sheet.charts.push({ type, source: rectToA1(src.rect), seriesBy, settings });
      });
      const sink = (): Record<string, unknown> => settings as Record<string, unknown>;
      const chart = settingsObject(this.core, "Chart", "", ["name", "height", "width"], sink, {
        title: ["text", "visible"],
        legend: ["position", "visible"],
      });
      chart.setPosition = (start: string, end?: string): void =>
        this.core.enqueue({ bytes: payloadBytes([start, end]), run: () => void (sink().position = { start, end }) });
      return chart;
    },
  };
}

export class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    core: FakeContextCore,
    private readonly resolve: () => SheetState | null
  ) {
    super(core, "WorksheetProtection");
  }
  protected target(): SheetState | null {
    return this.resolve();
  }
  protected get leafProps(): string[] {
    return ["protected"];
  }
  protected readProp(prop: string, sheet: SheetState): unknown {
    if (prop === "protected") return sheet.protected;
    throw invalidArgument(`WorksheetProtection has no loadable property "${prop}"`);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly core: FakeContextCore) {}

  getItem(name: string): FakeWorksheet {
    const resolve = (): SheetState => {
      const sheet = this.core.state.sheet(name);
      if (!sheet) throw itemNotFound(`worksheet ${name}`);
      return sheet;
    };
    this.core.enqueue({ bytes: 0, run: () => void resolve() });
    return new FakeWorksheet(this.core, resolve);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.core.state.sheet(name) ?? null).resolveNullStateAtSync();
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.core.enqueue({
      bytes: payloadBytes(name),
      run: () => {
        const state = this.core.state;
        assertStructureEditable(state, `add sheet ${name}`);
        if (!validSheetName(name)) throw invalidArgument(`sheet name "${name}"`);
        if (state.sheet(name)) throw itemAlreadyExists(`worksheet ${name}`);
        created = state.addSheet(name);
      },
    });
    return new FakeWorksheet(this.core, () => created);
  }

  load(option?: string): this {
    const props = String(option ?? "").split(",").map((p) => p.trim());
    this.core.recordLoad("WorksheetCollection", props);
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.core.enqueue({
      bytes: 0,
      run: () => {
        this.loadedItems = this.core.state.sheets.map((state) => {
          const sheet = new FakeWorksheet(this.core, () => state);
          sheet.loadNow(itemProps);
          return sheet;
        });
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("WorksheetCollection", "items");
    return this.loadedItems;
  }
}
