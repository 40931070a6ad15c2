import { isoToSerial } from "../../../src/core/dates";
import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import type { CellValue, SheetSpec } from "../../../src/workbook/gateway";
import { WorkbookError } from "../../../src/workbook/gateway";
import { findColumn } from "../../../src/workbook/schema";
import { bundleToTableSpecs } from "../../../src/workbook/setup";
import { generateStatusSheet, uniqueSheetName } from "../../../src/workbook/statusSheet";
import { MemoryGateway } from "../../support/memoryGateway";

const d = (iso: string) => isoToSerial(iso) as number;
const NOW = new Date(2023, 6, 5, 14, 30, 0); // local 2023-07-05 14:30
const PLAN_ROWS = BUNDLED_PLAN.plan.length;

async function bundledWorkbook(): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  await gateway.createTables(bundleToTableSpecs(BUNDLED_PLAN));
  gateway.calls.createTables = 0;
  return gateway;
}

function setCell(gateway: MemoryGateway, table: string, match: (row: CellValue[], col: (h: string) => number) => boolean, header: string, value: CellValue): void {
  const t = gateway.table(table);
  const col = (h: string) => findColumn(t.headers, h);
  const row = t.rows.find((r) => match(r, col));
  if (!row) throw new Error(`no matching ${table} row`);
  row[col(header)] = value;
}

const setPlan = (gateway: MemoryGateway, ref: string, header: string, value: CellValue) =>
  setCell(gateway, "Plan", (r, col) => r[col("Ref")] === ref && (r[col("Part")] ?? 1) === 1, header, value);

const sheet = (gateway: MemoryGateway, name: string): SheetSpec => {
  const found = gateway.sheets.get(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const rowsStarting = (s: SheetSpec, first: CellValue) => s.cells.filter((r) => r[0] === first);

describe("generateStatusSheet on the bundled plan", () => {
  it("adds one sheet and one History row per KPI part, in one read and one write", async () => {
    const gateway = await bundledWorkbook();
    setPlan(gateway, "1-a", "Actual", 20);
    const report = await generateStatusSheet(gateway, { asOf: d("2023-07-01"), now: NOW });

    expect(report).toEqual({ sheetName: "Status 2023-07-01", kpis: PLAN_ROWS, historyRows: PLAN_ROWS });
    expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 0 });
    expect(gateway.table("History").rows).toHaveLength(PLAN_ROWS);
    const history = gateway.table("History");
    const first = Object.fromEntries(history.headers.map((h, i) => [h, history.rows[0][i]]));
    expect(first).toMatchObject({ "As of": d("2023-07-01"), Ref: "1-a", Part: 1, Actual: 20, Status: "On track" });
    expect(first["Generated at"]).toBeCloseTo(d("2023-07-05") + 14.5 / 24, 6);
    expect(first.Progress).toBeCloseTo(20 / 33);

    const s = sheet(gateway, "Status 2023-07-01");
    expect(s.cells[0][0]).toBe("Status sheet: ROCB A/P Strategic Action Plan 2022-2024");
    expect(s.cells[1][0]).toBe("As of 2023-07-01 · generated 2023-07-05 14:30");
    expect(rowsStarting(s, "1-a")[0].slice(0, 4)).toEqual(["1-a", 1, "On track", 20 / 33]);
    expect(rowsStarting(s, "Pillar 1")[0].slice(-1)[0]).toBe("Support the implementation of WCO conventions, instruments and tools");
  });

  it("gives a second generation on the same day its own sheet, doubles History and shows the change", async () => {
    const gateway = await bundledWorkbook();
    setPlan(gateway, "1-a", "Actual", 20);
    await generateStatusSheet(gateway, { asOf: d("2023-07-01"), now: NOW });
    setPlan(gateway, "1-a", "Actual", 14);
    const second = await generateStatusSheet(gateway, { asOf: d("2023-07-01"), now: new Date(2023, 6, 5, 16, 0, 0) });

    expect(second.sheetName).toBe("Status 2023-07-01 (2)");
    expect([...gateway.sheets.keys()].filter((n) => n.startsWith("Status"))).toEqual(["Status 2023-07-01", "Status 2023-07-01 (2)"]);
    expect(gateway.table("History").rows).toHaveLength(2 * PLAN_ROWS);
    expect(gateway.calls).toEqual({ read: 2, write: 2, createTables: 0 });

    const s = sheet(gateway, "Status 2023-07-01 (2)");
    const changesTitle = s.cells.findIndex((r) => String(r[0]).startsWith("Changes since the status sheet of 2023-07-05 14:30"));
    expect(changesTitle).toBeGreaterThan(0);
    const change = s.cells.slice(changesTitle).find((r) => r[0] === "1-a")!;
    expect(change[2]).toBe("At risk");
    expect(change[5]).toBeCloseTo(-18.2, 1);
    expect(change[6]).toBe("On track → At risk");
    const line = rowsStarting(s, "1-a").find((r) => typeof r[6] === "string" && String(r[6]).includes("→"))!;
    expect(line[6]).toBe("61% → 42%");
  });

  it.each([
    ["before the plan starts", "2022-05-01", "Not started"],
    ["mid-plan", "2023-07-01", "Off track"],
    ["on the deadline", "2024-06-30", "Off track"],
    ["after the deadline", "2024-09-01", "Missed"],
  ])("reports %s", async (_label, iso, status) => {
    const gateway = await bundledWorkbook();
    setPlan(gateway, "1-b", "Actual", 5);
    const report = await generateStatusSheet(gateway, { asOf: d(iso), now: NOW });
    const s = sheet(gateway, report.sheetName);
    expect(report.sheetName).toBe(`Status ${iso}`);
    expect(rowsStarting(s, "1-b")[0][2]).toBe(status);
    const attention = s.cells.findIndex((r) => r[0] === "Needs attention: Off track, Missed and At risk KPIs");
    if (status === "Not started") {
      expect(s.cells[attention + 1][0]).toBe("No KPI is Off track, Missed or At risk.");
    } else {
      const flagged = s.cells[attention + 2];
      expect(flagged.slice(0, 3)).toEqual(["1-b", 1, status]);
      expect(flagged[7]).toBe("No comment");
    }
    expect(gateway.table("History").rows).toHaveLength(PLAN_ROWS);
  });

  it("writes every user text exactly as typed, never as a formula", async () => {
    const gateway = await bundledWorkbook();
    const texts = ['=HYPERLINK("http://x","click")', "+cmd", "@SUM(A1)", "-1+2"];
    // One Plan row per text, each text in every user column the sheet shows.
    const refs = ["1-a", "1-b", "1-c", "1-d"];
    refs.forEach((ref, i) => {
      for (const header of ["Action", "KPI", "Owner", "Comment"]) setPlan(gateway, ref, header, texts[i]);
      setPlan(gateway, ref, "Actual", 1);
    });
    const updates = gateway.table("Updates");
    const activity = gateway.table("WorkPlan");
    const col = (t: typeof updates, h: string) => findColumn(t.headers, h);
    texts.forEach((text, i) => {
      const u: CellValue[] = updates.headers.map(() => null);
      u[col(updates, "Date")] = d("2023-06-01") + i;
      u[col(updates, "Ref")] = "1-e";
      u[col(updates, "Value")] = i;
      u[col(updates, "Evidence")] = text;
      u[col(updates, "By")] = text;
      updates.rows.push(u);
      const row = activity.rows[i];
      row[col(activity, "Activity")] = text;
      row[col(activity, "Held on")] = d("2023-06-10");
      row[col(activity, "Status")] = "Held";
    });

    const report = await generateStatusSheet(gateway, { asOf: d("2023-07-01"), now: NOW });
    const s = sheet(gateway, report.sheetName);
    const headerOf = (row: number, col: number) => {
      for (let r = row; r >= 0; r--) if (s.cells[r][0] === "Ref" || s.cells[r][0] === "ID" || s.cells[r][0] === "Date") return String(s.cells[r][col]);
      return "";
    };
    const seen = new Map<string, Set<string>>();
    s.cells.forEach((r, row) =>
      r.forEach((v, c) => {
        if (typeof v === "string" && texts.includes(v)) {
          const set = seen.get(v) ?? new Set<string>();
          set.add(headerOf(row, c));
          seen.set(v, set);
        }
      })
    );
    for (const text of texts) {
      expect([...(seen.get(text) ?? [])].sort()).toEqual(["Action", "Activity", "By", "Comment", "Evidence", "KPI", "Owner"]);
    }
    const history = gateway.table("History");
    expect(history.rows.every((r) => typeof r[findColumn(history.headers, "Ref")] === "string")).toBe(true);
  });

  it("creates the History table the first time when the workbook has none", async () => {
    const gateway = new MemoryGateway();
    await gateway.createTables(bundleToTableSpecs(BUNDLED_PLAN).filter((t) => t.name !== "History"));
    gateway.sheets.delete("History");
    gateway.calls.createTables = 0;
    const report = await generateStatusSheet(gateway, { asOf: d("2023-07-01"), now: NOW });
    expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 1 });
    expect(gateway.table("History").headers).toEqual(["Generated at", "As of", "Ref", "Part", "Actual", "Expected", "Progress", "Status"]);
    expect(gateway.table("History").rows).toHaveLength(report.historyRows);
  });

  it("refuses a workbook without a Plan table, naming it", async () => {
    const gateway = new MemoryGateway();
    await expect(generateStatusSheet(gateway, { now: NOW })).rejects.toThrow(WorkbookError);
    await expect(generateStatusSheet(gateway, { now: NOW })).rejects.toThrow(/^Status sheet cannot run: .*no table named "Plan".*Nothing was changed\.$/);
    expect(gateway.calls.write).toBe(0);
  });

  it("uses today's date when neither an override nor Settings gives an as-of date", async () => {
    const gateway = await bundledWorkbook();
    const report = await generateStatusSheet(gateway, { now: NOW });
    expect(report.sheetName).toBe("Status 2023-07-05");
  });
});

describe("uniqueSheetName", () => {
  it("adds (2), (3) … to a taken name, comparing as Excel does, ignoring case", () => {
    expect(uniqueSheetName("Status 2023-07-01", ["Plan"])).toBe("Status 2023-07-01");
    expect(uniqueSheetName("Status 2023-07-01", ["status 2023-07-01"])).toBe("Status 2023-07-01 (2)");
    expect(uniqueSheetName("Status 2023-07-01", ["Status 2023-07-01", "Status 2023-07-01 (2)"])).toBe("Status 2023-07-01 (3)");
  });

  it("stays within Excel's 31 characters", () => {
    const base = "Status 2023-07-01 with a long tail";
    expect(uniqueSheetName(base, [])).toHaveLength(31);
    const second = uniqueSheetName(base, [base.slice(0, 31)]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});
