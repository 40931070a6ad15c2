/**
 * Property (issue #16): after any sequence of random edits, a live round's evaluation and the
 * workbook's computed cells equal a full recalculation of the same workbook.
 */
import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import { bundleToTableSpecs } from "../../../src/workbook/setup";
import { recalculateWorkbook } from "../../../src/workbook/recalculate";
import type { CellValue } from "../../../src/workbook/gateway";
import type { TableChange } from "../../../src/workbook/live/changes";
import { LiveRecalculation, type LiveMode } from "../../../src/workbook/live/liveRecalculation";
import { MEASURES } from "../../../src/workbook/schema";
import { MemoryGateway, type MemoryTable } from "../../support/memoryGateway";
import { seededRandom } from "../../support/seededRandom";
import { d, sampleTables } from "../fixtures";
import { EchoingGateway, UserEdits } from "./userEdits";

const TODAY = d("2023-07-01");
const OPTIONS = { today: TODAY };

function bundledTables(): MemoryTable[] {
  return bundleToTableSpecs(BUNDLED_PLAN)
    .filter((spec) => spec.name !== "History")
    .map((spec) => ({ name: spec.name, sheet: spec.sheet, headers: [...spec.headers], rows: spec.rows.map((r) => [...r]) }));
}

function copyOf(gateway: MemoryGateway): MemoryGateway {
  return new MemoryGateway([...gateway.tables.values()]);
}

const TARGETS = ["At least 10 Members", "At least twice per year", "33/33 Members", "Meet at least 75% of the ROCB requests", "lots", "(1) At least 2 (2) At least 3", "At least average of 4 out of 5"];
const STATUSES = ["Held", "Planned", "Cancelled", "Postponed", "held", "Done?"];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (random: Random, below: number): number => Math.floor(random() * below);

function refsOf(user: UserEdits): string[] {
  const col = user.column("Plan", "Ref");
  return user.table("Plan").rows.map((r) => String(r[col] ?? "")).filter((ref) => ref !== "");
}

function randomDate(random: Random): number {
  return d("2022-07-01") + int(random, 800);
}

function randomActual(random: Random): CellValue {
  return pick(random, [int(random, 40), int(random, 40), random(), null, "abc", "45%", int(random, 5) - 2]);
}

/** One random edit, and the event(s) Excel raises for it. */
function randomEdit(random: Random, user: UserEdits): TableChange {
  const plan = user.table("Plan");
  const updates = user.table("Updates");
  const workPlan = user.table("WorkPlan");
  const planRow = int(random, plan.rows.length);
  const kind = int(random, 100);
  if (kind < 20) return user.edit("Plan", planRow, "Actual", randomActual(random));
  if (kind < 26 && planRow + 2 < plan.rows.length) {
    return user.edit("Plan", planRow, "Actual", randomActual(random), randomActual(random), randomActual(random));
  }
  if (kind < 33) return user.edit("Plan", planRow, "Target", pick(random, TARGETS));
  if (kind < 40) return user.edit("Plan", planRow, "Measure", pick(random, [...MEASURES, "bogus", ""]));
  if (kind < 43) return user.edit("Plan", planRow, "Part", pick(random, [1, 2, 3, "x"]));
  if (kind < 46) return user.edit("Plan", planRow, "Ref", pick(random, [...refsOf(user), "4-zz", "not a ref"]));
  if (kind < 49) return user.edit("Plan", planRow, "Last update", pick(random, [randomDate(random), null]));
  if (kind < 51) return user.edit("Plan", planRow, "Deadline", pick(random, [randomDate(random), "2024-13-01", null]));
  if (kind < 53) return user.edit("Plan", planRow, "RSP reference", pick(random, ["1.2.1 – 1st milestone", "ROCB A/P specific action (not mentioned in the RSP)", "??"]));
  if (kind < 61 && updates.rows.length > 0) {
    const row = int(random, updates.rows.length);
    const header = pick(random, ["Value", "Ref", "Member", "Date", "Part"]);
    const value =
      header === "Value" ? randomActual(random)
      : header === "Ref" ? pick(random, [...refsOf(user), "9-q"])
      : header === "Member" ? pick(random, ["ID", "Mongolia", "Atlantis", null])
      : header === "Date" ? pick(random, [randomDate(random), "2023-01-05", null])
      : pick(random, [1, 2, null]);
    return user.edit("Updates", row, header, value);
  }
  if (kind < 69 && workPlan.rows.length > 0) {
    const row = int(random, workPlan.rows.length);
    const header = pick(random, ["Status", "Held on", "Refs", "Participants", "Women", "Score"]);
    const refs = refsOf(user);
    const value =
      header === "Status" ? pick(random, STATUSES)
      : header === "Held on" ? pick(random, [randomDate(random), null])
      : header === "Refs" ? pick(random, [`${pick(random, refs)}, ${pick(random, refs)}`, "1-zz", ""])
      : pick(random, [int(random, 50), null]);
    return user.edit("WorkPlan", row, header, value);
  }
  if (kind < 75) {
    return user.append("Updates", { Date: randomDate(random), Ref: pick(random, refsOf(user)), Value: int(random, 30), Member: pick(random, ["ID", "MN", null]) });
  }
  if (kind < 78 && updates.rows.length > 1) return user.remove("Updates", int(random, updates.rows.length));
  if (kind < 80 && workPlan.rows.length > 1) return user.remove("WorkPlan", int(random, workPlan.rows.length));
  if (kind < 82) return user.append("Plan", { Ref: pick(random, refsOf(user)), Part: 1, Target: pick(random, TARGETS), Actual: int(random, 9) });
  if (kind < 86) {
    const settings = user.table("Settings");
    const keyCol = user.column("Settings", "Key");
    const row = settings.rows.findIndex((r) => r[keyCol] === "As of");
    return user.edit("Settings", row, "Value", pick(random, [randomDate(random), null]));
  }
  if (kind < 88) return user.remoteEdit("Plan", planRow, "Actual", randomActual(random));
  return user.edit("Plan", planRow, "Actual", randomActual(random));
}

/** A table's cells as Excel holds them: an empty string is an empty cell. */
function cellsOf(table: MemoryTable): CellValue[][] {
  return table.rows.map((row) => row.map((value) => (value === "" ? null : value)));
}

/**
 * Runs `rounds` rounds of 1-3 random edits; after each, the live round and a full recalculation of
 * a copy of the same workbook must agree. Returns the modes the rounds took.
 */
async function checkSequence(seed: number, tables: MemoryTable[], rounds: number): Promise<Map<LiveMode, number>> {
  const random = seededRandom(seed);
  const gateway = new EchoingGateway(tables);
  const user = new UserEdits(gateway);
  const live = new LiveRecalculation(OPTIONS);
  await live.round(gateway, "full");
  const modes = new Map<LiveMode, number>();
  for (let round = 0; round < rounds; round += 1) {
    // The echo of the last round's write arrives first, then the user's edits.
    const changes = [...gateway.takeEcho(), ...Array.from({ length: 1 + int(random, 3) }, () => randomEdit(random, user))];
    const reference = copyOf(gateway);
    const expected = await recalculateWorkbook(reference, OPTIONS);
    const report = await live.round(gateway, changes);
    modes.set(report.mode, (modes.get(report.mode) ?? 0) + 1);
    const context = `seed ${seed}, round ${round}, mode ${report.mode}, changes ${JSON.stringify(changes)}`;
    expect([context, report.evaluation]).toEqual([context, expected.evaluation]);
    for (const table of reference.tables.values()) {
      expect([context, table.name, cellsOf(gateway.table(table.name))]).toEqual([context, table.name, cellsOf(table)]);
    }
  }
  return modes;
}

describe("live recalculation equals a full recalculation", () => {
  it("on the bundled plan, after random edits", async () => {
    const modes = new Map<LiveMode, number>();
    for (const seed of [1, 2, 3]) {
      for (const [mode, count] of await checkSequence(seed, bundledTables(), 40)) modes.set(mode, (modes.get(mode) ?? 0) + count);
    }
    // The property means something only if the incremental paths ran, not just full reads.
    expect(modes.get("plan-rows") ?? 0).toBeGreaterThan(20);
    expect(modes.get("plan") ?? 0).toBeGreaterThan(0);
    expect(modes.get("rows") ?? 0).toBeGreaterThan(5);
    expect(modes.get("full") ?? 0).toBeGreaterThan(5);
  });

  it("on a small plan full of problems, after random edits", async () => {
    for (const seed of [11, 12, 13, 14]) await checkSequence(seed, sampleTables(), 30);
  });
});
