/**
 * Deterministic generated plans for the benchmark: the bundled plan's shape at any size.
 */
import type { CellValue, TableData, WorkbookSnapshot } from "../src/workbook/gateway";
import { MEASURES, TABLES, type TableName } from "../src/workbook/schema";
import { isoToSerial } from "../src/core/dates";
import { seededRandom } from "../tests/support/seededRandom";

export interface PlanSize {
  label: string;
  kpis: number;
  workPlan: number;
  updates: number;
}

const TARGETS = [
  "At least 28/33 Members",
  "33/33 Members",
  "At least 28 MRA",
  "At least 5 Members per year",
  "At least twice per year",
  "At least 3 times per year",
  "At least once every 2 years",
  "At least once per quarter",
  "Meet at least 75% of the ROCB requests",
  "At least average of 4 out of 5",
  "At least 10 success stories",
];
const ORDINALS = ["1 st", "2 nd", "3 rd", "4 th", "5 th"];
const MEMBER_CODES = [
  "AF", "CN", "HK", "IR", "JP", "KR", "MO", "MN", "PK", "AU", "FJ", "NZ", "PG", "WS", "TL", "TO", "VU",
  "BD", "BT", "IN", "MV", "NP", "LK", "BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "MM", "VN",
];

/** The seeded PRNG every generated plan uses, so every run generates the same plan. */
export const random = seededRandom;

/** Plan-style letters: 0 → "a" … 25 → "z", 26 → "aa", 27 → "bb" … 51 → "zz". */
export function letters(index: number): string {
  return String.fromCharCode(97 + (index % 26)).repeat(index < 26 ? 1 : 2);
}

/** Actions a plan can letter per pillar (a … z, aa … zz); larger plans use more parts per action. */
const ACTIONS_PER_PILLAR = 52;

function table(name: TableName, rows: Array<Record<string, CellValue>>): TableData {
  const headers = TABLES[name].columns.map((c) => c.header);
  return {
    name,
    sheet: TABLES[name].sheet,
    headers,
    rows: rows.map((row) => headers.map((h) => (h in row ? row[h] : null))),
    origin: { row: 0, col: 0 },
  };
}

export function generatePlan(size: PlanSize, seed = 1): WorkbookSnapshot {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const start = isoToSerial("2022-07-01") as number;
  const end = isoToSerial("2024-06-30") as number;

  // About one Ref per KPI, as in the real plan (54 actions, 60 KPI rows): most actions have one
  // KPI, some two or three parts. Refs are letters a … zz within as many pillars as needed.
  const actions: Array<{ ref: string; pillar: number; parts: number }> = [];
  for (let rows = 0; rows < size.kpis; ) {
    const roll = rand();
    const parts = Math.min(size.kpis - rows, roll < 0.85 ? 1 : roll < 0.95 ? 2 : 3);
    actions.push({ ref: "", pillar: 0, parts });
    rows += parts;
  }
  const pillars = Math.max(4, Math.ceil(actions.length / ACTIONS_PER_PILLAR));
  actions.forEach((action, a) => {
    action.pillar = 1 + (a % pillars);
    action.ref = `${action.pillar}-${letters(Math.floor(a / pillars))}`;
  });

  const settings = table("Settings", [
    { Key: "Plan name", Value: `Generated plan (${size.label})` },
    ...Array.from({ length: pillars }, (_, i) => ({ Key: `Pillar ${i + 1}`, Value: `Pillar ${i + 1}` })),
    { Key: "Plan start", Value: start },
    { Key: "Plan end", Value: end },
    { Key: "As of", Value: isoToSerial("2023-07-01") },
    { Key: "Fiscal year starts", Value: 7 },
    { Key: "On track at", Value: 1 },
    { Key: "At risk at", Value: 0.8 },
    { Key: "Stale after days", Value: 90 },
  ]);
  const members = table(
    "Members",
    MEMBER_CODES.map((code, i) => ({ Code: code, Name: `Member ${code}`, Subregion: ["ECWA", "PI", "SA", "SEA"][i % 4] }))
  );

  const objectives = Math.max(1, Math.ceil(size.kpis / 20));
  const rsp: Array<Record<string, CellValue>> = [];
  for (let o = 0; o < objectives; o++) {
    for (let m = 1; m <= 5; m++) {
      rsp.push({ Objective: `${1 + (o % 4)}.${1 + Math.floor(o / 4)}.1`, Milestone: m, Description: `Milestone ${m}` });
    }
  }

  const plan: Array<Record<string, CellValue>> = [];
  for (const { ref, pillar, parts } of actions) {
    const objective = rsp[Math.floor(rand() * rsp.length)].Objective;
    const reference = `${objective} – ${ORDINALS[Math.floor(rand() * 5)]} milestone`;
    for (let part = 1; part <= parts; part++) {
      const measure = pick(MEASURES);
      plan.push({
        Pillar: pillar,
        Ref: ref,
        Part: parts > 1 ? part : null,
        Action: `Action ${ref}: upon request, assist Members`,
        "RSP reference": reference,
        KPI: "Number of implementing Members",
        Target: pick(TARGETS),
        Deadline: end,
        Baseline: 0,
        Actual: measure === "manual" ? Math.floor(rand() * 30) : null,
        Measure: measure,
        Weight: 1,
        Owner: `Owner ${plan.length % 7}`,
        Comment: "",
      });
    }
  }

  const workPlan: Array<Record<string, CellValue>> = [];
  for (let i = 0; i < size.workPlan; i++) {
    const held = rand() < 0.6;
    const participants = 10 + Math.floor(rand() * 40);
    const refs = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(actions).ref))];
    workPlan.push({
      ID: `AWP-${i + 1}`,
      "Fiscal year": "2022/23",
      Activity: `Workshop ${i + 1}`,
      Refs: refs.join(", "),
      Members: [pick(MEMBER_CODES), pick(MEMBER_CODES)].join(", "),
      Type: "National workshop",
      Planned: start + Math.floor(rand() * 700),
      Status: held ? "Held" : "Planned",
      "Held on": held ? start + Math.floor(rand() * 360) : null,
      Participants: held ? participants : null,
      Women: held ? Math.floor(participants * rand()) : null,
      Score: held ? 3 + rand() * 2 : null,
    });
  }

  const updates: Array<Record<string, CellValue>> = [];
  for (let i = 0; i < size.updates; i++) {
    const action = pick(actions);
    updates.push({
      Date: start + Math.floor(rand() * 360),
      Ref: action.ref,
      Part: action.parts > 1 ? 1 + Math.floor(rand() * action.parts) : null,
      Value: Math.floor(rand() * 10),
      Member: pick(MEMBER_CODES),
      Evidence: "Report",
      By: "Coordinator",
    });
  }

  return {
    tables: {
      Settings: settings,
      Members: members,
      RSP: table("RSP", rsp),
      Plan: table("Plan", plan),
      WorkPlan: table("WorkPlan", workPlan),
      Updates: table("Updates", updates),
      History: table("History", []),
    },
    sheetNames: ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"],
  };
}

/** The baseline: read every input cell of every table once, in one linear pass. */
export function linearPass(snapshot: WorkbookSnapshot): number {
  let checksum = 0;
  for (const data of Object.values(snapshot.tables)) {
    if (!data) continue;
    for (const row of data.rows) {
      for (const cell of row) {
        if (typeof cell === "number") checksum += cell;
        else if (typeof cell === "string") checksum += cell.length;
        else if (cell !== null) checksum += 1;
      }
    }
  }
  return checksum;
}

/**
 * The second baseline: the linear pass plus filing every Plan, WorkPlan and Updates row under its
 * Ref cell, one Map lookup per row, with a running count and sum per group.
 */
export function groupByRefPass(snapshot: WorkbookSnapshot): number {
  let checksum = linearPass(snapshot);
  const groups = new Map<string, { rows: number; sum: number }>();
  const file = (name: string, header: string, valueHeader: string | null) => {
    const data = snapshot.tables[name];
    if (!data) return;
    const key = data.headers.indexOf(header);
    const value = valueHeader === null ? -1 : data.headers.indexOf(valueHeader);
    for (const row of data.rows) {
      const ref = String(row[key] ?? "");
      let group = groups.get(ref);
      if (!group) groups.set(ref, (group = { rows: 0, sum: 0 }));
      group.rows += 1;
      const cell = value >= 0 ? row[value] : null;
      if (typeof cell === "number") group.sum += cell;
    }
  };
  file("Plan", "Ref", "Actual");
  file("WorkPlan", "Refs", "Participants");
  file("Updates", "Ref", "Value");
  for (const group of groups.values()) checksum += group.rows + group.sum;
  return checksum;
}
