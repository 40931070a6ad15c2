/**
 * The column-wise fold (updateLog.ts, updateTotals.ts, activityTotals.ts) against the plainest
 * row-by-row computation of each measure, on generated data with the awkward cases mixed in:
 * undated and future rows, rows without a value, Parts above the directly indexed ones, many
 * Members (past the one-flag-per-Member limit), Refs written twice, every Status.
 */
import { MeasureIndex, type ActivityFacts } from "../../src/workbook/measures";
import type { UpdateRow } from "../../src/workbook/rows";
import { readUpdateRows } from "../../src/workbook/rows";
import { readUpdateLog, updateRowsOf } from "../../src/workbook/updateLog";
import { TableView } from "../../src/workbook/tableView";
import { MemberLookup } from "../../src/workbook/memberLookup";
import { isActivityHeld } from "../../src/core/activityStatus";
import type { CellValue } from "../../src/workbook/gateway";
import { seededRandom } from "../support/seededRandom";

const AS_OF = 45_000;

const random = seededRandom;

function generate(seed: number, memberCount: number) {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const refs = Array.from({ length: 40 }, (_, i) => `${1 + (i % 4)}-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? String.fromCharCode(97 + (i % 26)) : ""}`);
  const members = ["", ...Array.from({ length: memberCount }, (_, i) => `M${i}`)];
  const updates: UpdateRow[] = Array.from({ length: 3000 }, (_, row) => ({
    row,
    ref: pick(refs),
    part: rand() < 0.1 ? 9 + Math.floor(rand() * 3) : 1 + Math.floor(rand() * 3),
    date: rand() < 0.05 ? null : AS_OF - 200 + Math.floor(rand() * 260),
    value: rand() < 0.1 ? null : Math.round(rand() * 1000) / 10 - 20,
    member: pick(members),
  }));
  const statuses = ["Held", "held", "Planned", "Cancelled", "Postponed", "Ongoing", ""];
  const activities: ActivityFacts[] = Array.from({ length: 1500 }, () => {
    const participants = rand() < 0.2 ? null : Math.floor(rand() * 40);
    return {
      refs: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(refs)),
      status: pick(statuses),
      heldOn: rand() < 0.3 ? null : AS_OF - 300 + Math.floor(rand() * 400),
      participants,
      women: rand() < 0.3 || participants === null ? null : Math.floor(rand() * participants),
      score: rand() < 0.3 ? null : 1 + Math.floor(rand() * 5),
    };
  });
  return { refs, updates, activities };
}

/** Each measure computed by scanning every row for the one Ref (and Part) asked. */
function naiveUpdates(updates: readonly UpdateRow[], ref: string, part: number) {
  const rows = updates.filter((u) => u.ref === ref && u.part === part && u.date !== null && u.date <= AS_OF);
  if (rows.length === 0) return null;
  const valued = rows.filter((u) => u.value !== null);
  let latest: UpdateRow | null = null;
  for (const u of valued) if (latest === null || (u.date as number) >= (latest.date as number)) latest = u;
  return {
    latest: latest?.value ?? null,
    sum: valued.length > 0 ? valued.reduce((sum, u) => sum + (u.value as number), 0) : null,
    members: new Set(rows.filter((u) => u.member !== "").map((u) => u.member.toLowerCase())).size,
    newest: Math.max(...rows.map((u) => u.date as number)),
  };
}

function naiveActivities(activities: readonly ActivityFacts[], ref: string) {
  const serving = activities.filter((a) => a.refs.includes(ref));
  const held = serving.filter((a) => isActivityHeld(a.status, a.heldOn, AS_OF));
  const withWomen = held.filter((a) => a.participants !== null && a.participants > 0 && a.women !== null);
  const scored = held.filter((a) => a.score !== null);
  const weight = (a: ActivityFacts) => (a.participants !== null && a.participants > 0 ? a.participants : 1);
  const participants = withWomen.reduce((s, a) => s + (a.participants as number), 0);
  const scoreWeight = scored.reduce((s, a) => s + weight(a), 0);
  const dates = held.filter((a) => a.heldOn !== null).map((a) => a.heldOn as number);
  return {
    count: serving.length > 0 ? held.length : null,
    womenShare: participants > 0 ? withWomen.reduce((s, a) => s + (a.women as number), 0) / participants : null,
    score: scoreWeight > 0 ? scored.reduce((s, a) => s + (a.score as number) * weight(a), 0) / scoreWeight : null,
    newest: dates.length > 0 ? Math.max(...dates) : null,
  };
}

describe.each([
  ["few Members (one flag each)", 1, 12],
  ["many Members (a Set each)", 2, 150],
])("the fold of Updates and WorkPlan, %s", (_label, seed, memberCount) => {
  const { refs, updates, activities } = generate(seed, memberCount);
  const index = new MeasureIndex(updates, activities, AS_OF);

  it("gives each Ref and Part the totals a row-by-row scan gives", () => {
    let compared = 0;
    for (const ref of [...refs, "9-zz"]) {
      for (const part of [1, 2, 3, 9, 10, 11, 12]) {
        const expected = naiveUpdates(updates, ref, part);
        const latest = index.actualFor({ ref, part, measure: "updates:latest", actual: null });
        const sum = index.actualFor({ ref, part, measure: "updates:sum", actual: null });
        const members = index.actualFor({ ref, part, measure: "updates:members", actual: null });
        if (expected === null) {
          expect([latest, sum, members]).toEqual([{ actual: null, lastUpdate: null }, { actual: null, lastUpdate: null }, { actual: null, lastUpdate: null }]);
          continue;
        }
        compared += 1;
        expect(latest).toEqual({ actual: expected.latest, lastUpdate: expected.newest });
        expect(sum.actual).toBe(expected.sum); // the same additions in the same order: equal to the last bit
        expect(members.actual).toBe(expected.members);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("gives each Ref the activity totals a scan of every activity gives", () => {
    for (const ref of [...refs, "9-zz"]) {
      const expected = naiveActivities(activities, ref);
      expect(index.actualFor({ ref, part: 1, measure: "activities", actual: null })).toEqual({ actual: expected.count, lastUpdate: expected.newest });
      const share = index.actualFor({ ref, part: 1, measure: "activities:women-share", actual: null }).actual;
      const score = index.actualFor({ ref, part: 1, measure: "activities:score", actual: null }).actual;
      if (expected.womenShare === null) expect(share).toBeNull();
      else expect(share).toBeCloseTo(expected.womenShare, 12);
      if (expected.score === null) expect(score).toBeNull();
      else expect(score).toBeCloseTo(expected.score, 12);
    }
  });
});

describe("readUpdateLog", () => {
  const headers = ["Date", "Ref", "Part", "Value", "Member", "Evidence"];
  const cells: CellValue[][] = [
    [45000, "1-a", null, 3, "ID", null],
    ["2023-01-15", " 1 - A ", 2, "1,200", "Indonesia", null],
    [45001.5, "1-(b)", "2", "x", "", "note"],
    [null, "9-z", 0, 4, "Atlantis", null],
    [null, null, null, null, null, null],
    [45002, "", 1.5, null, "mn", null],
    ["2023-13-01", "not a ref", "two", 5, " ID ", null],
    [true, 7, -1, false, 12, null],
  ];
  const view = () => new TableView({ name: "Updates", sheet: "Updates", headers, rows: cells.map((r) => [...r]), origin: { row: 0, col: 0 } }, "Updates");

  it("reads the same rows as readUpdateRows, blank rows skipped", () => {
    const { log } = readUpdateLog(view(), null, null);
    expect(updateRowsOf(log)).toEqual(readUpdateRows(view()).rows);
  });

  it("reports readUpdateRows' problems and those of unknown Refs and Members, one per cell", () => {
    const planRefs = new Set(["1-a", "1-b"]);
    const members = new MemberLookup([{ row: 0, code: "ID", name: "Indonesia", subregion: "SEA" }]);
    const { problems } = readUpdateLog(view(), planRefs, members);
    const byCell = problems.map((p) => `${p.row}:${p.column}`);
    expect(byCell).toEqual([...new Set(byCell)]);
    expect(problems.filter((p) => p.column === "Ref").map((p) => [p.row, p.message])).toEqual([
      [3, "Unknown Ref 9-z: no Plan row has this Ref"],
      [5, "Ref is empty; expected the Ref of a Plan row"],
      [6, "Unknown Ref not a ref: no Plan row has this Ref"],
      [7, "Unknown Ref 7: no Plan row has this Ref"],
    ]);
    expect(problems.filter((p) => p.column === "Member").map((p) => p.row)).toEqual([3, 5, 7]);
    const rowProblems = readUpdateRows(view()).problems;
    expect(problems.filter((p) => p.column !== "Ref" && p.column !== "Member")).toEqual(rowProblems);
  });
});
