import fs from "fs";
import path from "path";
import { parseTarget } from "../../../src/core/targets";
import type { TargetPart } from "../../../src/core/types";

/** Every Target cell of the seed's Annex II, exactly as written (odd spacing included). */
const SEED = path.resolve(__dirname, "..", "..", "..", "..", "shared", "seed", "000_1d51f2ebccf6b1fb.txt");

const atLeast = (value: number, extra: Partial<TargetPart> = {}): TargetPart => ({
  kind: "count",
  comparator: ">=",
  value,
  ...extra,
});
const members = (value: number): TargetPart => atLeast(value, { of: 33, unit: "Members" });
const perYear = (value: number): TargetPart => atLeast(value, { perMonths: 12 });
const membersPerYear = (value: number): TargetPart => atLeast(value, { unit: "Members", perMonths: 12 });

const ANNEX_II: Array<[ref: string, target: string, parts: TargetPart[]]> = [
  ["1-a", "At least 33/33 Members", [members(33)]],
  ["1-b", "At least 27/33 Members", [members(27)]],
  ["1-c", "33/33 Members", [members(33)]],
  ["1-d", "33/33 Members", [members(33)]],
  ["1-e", "At least 28 MRA", [atLeast(28, { unit: "MRA" })]],
  ["1-f", "At least 20/33 Members", [members(20)]],
  ["1-g", "33/33 Members", [members(33)]],
  ["1-h", "At least 28/33 Members", [members(28)]],
  [
    "1-i",
    "(1) At least 27 Members(2) 6 new contracting parties",
    [atLeast(27, { unit: "Members" }), atLeast(6, { unit: "new contracting parties" })],
  ],
  ["1-j", "At least 28/33 Members", [members(28)]],
  ["1-k", "33/33 Members", [members(33)]],
  ["1-l", "33/33 Members", [members(33)]],
  ["1-m", "33/33 Members", [members(33)]],
  ["1-n", "At least 5 Members per year", [membersPerYear(5)]],
  ["1-o", "At least 20/33 Members", [members(20)]],
  ["1-p", "33/33 Members", [members(33)]],
  ["1-q", "33/33 Members", [members(33)]],
  ["1-r", "At least 20/33 Members", [members(20)]],
  ["1-s", "33/33 Members", [members(33)]],
  ["1-t", "33/33 Members", [members(33)]],
  ["1-u", "At least 11/33 Members", [members(11)]],
  ["1-v", "Once a year", [perYear(1)]],
  ["1-w", "25/33 Members", [members(25)]],
  ["1-x", "23/33 Members", [members(23)]],
  ["1-y", "At least 27/33 Members", [members(27)]],
  ["1-z", "Once per year", [perYear(1)]],
  ["1-aa", "Once per year", [perYear(1)]],
  ["1-bb", "At least once per year", [perYear(1)]],
  ["1-cc", "At least twice per year", [perYear(2)]],
  ["1-dd", "At least once per year", [perYear(1)]],
  ["1-ee", "At least once per year", [perYear(1)]],
  [
    "1-ff",
    " (1) 25/33 Members (2) once per year (3) At least 5 Members per year ",
    [members(25), perYear(1), membersPerYear(5)],
  ],
  ["1-gg", "At least 2 Members", [atLeast(2, { unit: "Members" })]],
  ["1-hh", "At least 3 times per year", [perYear(3)]],
  ["1-ii", "At least 3 times per year", [perYear(3)]],
  ["1-jj", "At least once per year", [perYear(1)]],
  ["1-kk", "33/33 Members", [members(33)]],
  ["2-a", "At least twice per year", [perYear(2)]],
  ["2-b", "At least twice per year", [perYear(2)]],
  ["3-a", "At least twice per year", [perYear(2)]],
  [
    "3-b",
    "Use of accredited experts for at least one half of the requested missions",
    [{ kind: "share", comparator: ">=", value: 0.5, unit: "requested missions" }],
  ],
  ["3-c", "At least 20/33 Members", [members(20)]],
  ["3-d", "Meet at least 75% of the ROCB requests", [{ kind: "share", comparator: ">=", value: 0.75, unit: "ROCB requests" }]],
  [
    "3-e",
    " At least 25% of the participations At least 20% annual growth of female Head of delegation at international forums. ",
    [
      { kind: "share", comparator: ">=", value: 0.25, unit: "participations" },
      {
        kind: "growth",
        comparator: ">=",
        value: 0.2,
        unit: "female Head of delegation at international forums",
        perMonths: 12,
      },
    ],
  ],
  ["3-f", "At least once per year", [perYear(1)]],
  ["3-g", "At least once per year", [perYear(1)]],
  ["3-h", "At least average of 4 out of 5", [{ kind: "average", comparator: ">=", value: 4, of: 5 }]],
  ["3-i", "At least once per year", [perYear(1)]],
  ["3-j", "At least 10 success stories", [atLeast(10, { unit: "success stories" })]],
  [
    "3-k",
    " At least once per year At least 5 Members per year At least twice per year ",
    [perYear(1), membersPerYear(5), perYear(2)],
  ],
  ["3-l", "At least once per year", [perYear(1)]],
  ["4-a", "At least twice per year", [perYear(2)]],
  ["4-b", "At least once every 2 years", [atLeast(1, { perMonths: 24 })]],
  ["4-c", "At least once per quarter", [atLeast(1, { perMonths: 3 })]],
];

/** The Target column of Annex II's tables: rows ending in the "30 June 2024" deliverable date. */
function seedTargets(): string[] {
  const lines = fs.readFileSync(SEED, "utf8").split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === "Annex II");
  const end = lines.findIndex((line) => line.trim() === "Annex III");
  return lines
    .slice(start, end)
    .map((line) => line.split("\t"))
    .filter((cells) => cells.length >= 4 && cells[cells.length - 1].trim().startsWith("30 Jun"))
    .map((cells) => cells[cells.length - 2]);
}

describe("Annex II targets", () => {
  test.each(ANNEX_II)("%s %j", (_ref, target, parts) => {
    expect(parseTarget(target)).toStrictEqual({ parts });
  });

  test("the table holds every Target cell of the seed's Annex II, in order and exactly as written", () => {
    expect(ANNEX_II.map(([, target]) => target)).toEqual(seedTargets());
    expect(ANNEX_II).toHaveLength(54);
  });

  test("the parts serialize to JSON without losing or adding keys", () => {
    for (const [, target, parts] of ANNEX_II) {
      expect(JSON.parse(JSON.stringify(parseTarget(target)))).toStrictEqual({ parts });
    }
  });
});
