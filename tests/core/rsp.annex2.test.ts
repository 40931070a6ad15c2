import * as fs from "fs";
import * as path from "path";
import { parseRspReference } from "../../src/core/rsp";

/**
 * Every "Relevant part of RSP" cell of Annex II (SAP 2022-2024), copied as the PDF extraction wrote
 * it (inner spaces in ordinals, en dashes, hyphens), with the milestone keys a planner reads in it.
 */
const ANNEX_II: ReadonlyArray<[ref: string, cell: string, keys: string[]]> = [
  ["1-a", "1.1.1 – 1 st milestone", ["1.1.1-M1"]],
  ["1-b", "1.1.1 – 2 nd milestone", ["1.1.1-M2"]],
  ["1-c", "1.1.1 – 3 rd milestone", ["1.1.1-M3"]],
  ["1-d", "1.1.2 – 1 st , 2 nd milestone", ["1.1.2-M1", "1.1.2-M2"]],
  ["1-e", "1.1.2 – 3 rd milestone", ["1.1.2-M3"]],
  ["1-f", "1.1.2 – 4 th milestone", ["1.1.2-M4"]],
  ["1-g", "1.1.3 – 1 st milestone", ["1.1.3-M1"]],
  ["1-h", "1.1.3 – 2 nd milestone", ["1.1.3-M2"]],
  ["1-i", "1.1.3 – 3 rd milestone", ["1.1.3-M3"]],
  ["1-j", "1.1.3 – 4 th milestone", ["1.1.3-M4"]],
  ["1-k", "1.1.3 – 5 th milestone", ["1.1.3-M5"]],
  ["1-l", "1.1.3 - 6 th milestone", ["1.1.3-M6"]],
  ["1-m", "1.1.3 – 7 th milestone", ["1.1.3-M7"]],
  ["1-n", "1.1.3 – 8 th milestone", ["1.1.3-M8"]],
  ["1-o", "1.1.3 – 9 th milestone", ["1.1.3-M9"]],
  ["1-p", "1.1.3 – 10 th milestone", ["1.1.3-M10"]],
  ["1-q", "1.1.3 – 11 th milestone", ["1.1.3-M11"]],
  ["1-r", "1.1.3 – 12 th milestone", ["1.1.3-M12"]],
  ["1-s", "1.2.1 – 1 st , 3 rd to 4 th milestones", ["1.2.1-M1", "1.2.1-M3", "1.2.1-M4"]],
  ["1-t", "1.2.1 – 2 nd milestones", ["1.2.1-M2"]],
  ["1-u", "1.2.2 – 1 st milestones", ["1.2.2-M1"]],
  ["1-v", "2.1.1 – 1 st milestone", ["2.1.1-M1"]],
  ["1-w", "2.1.1 – 2 nd milestone", ["2.1.1-M2"]],
  ["1-x", "2.1.1 – 3 rd milestone", ["2.1.1-M3"]],
  ["1-y", "2.1.1 – 4th milestone", ["2.1.1-M4"]],
  ["1-z", "2.1.1 – 5 th milestone", ["2.1.1-M5"]],
  ["1-aa", "2.2.1- 1 st milestone", ["2.2.1-M1"]],
  ["1-bb", "2.2.2 – 4 th milestone", ["2.2.2-M4"]],
  ["1-cc", "2.2.2 – 5 th milestone", ["2.2.2-M5"]],
  ["1-dd", "2.2.2 – 3 rd , 6 th milestone", ["2.2.2-M3", "2.2.2-M6"]],
  ["1-ee", "2.2.2 – 1 st - 2 nd milestone", ["2.2.2-M1", "2.2.2-M2"]],
  ["1-ff", "2.2.3 – 1 st - 3 rd milestone", ["2.2.3-M1", "2.2.3-M2", "2.2.3-M3"]],
  ["1-gg", "3.1.2 – 4 th milestone", ["3.1.2-M4"]],
  ["1-hh", "3.2.2 – 1 st milestone", ["3.2.2-M1"]],
  ["1-ii", "3.2.2 – 2 nd milestone", ["3.2.2-M2"]],
  ["1-jj", "3.2.3 – 1 st milestone", ["3.2.3-M1"]],
  ["1-kk", "3.2.3 - 2 nd milestones", ["3.2.3-M2"]],
  ["2-a", "1.2.3 – 1 st milestone", ["1.2.3-M1"]],
  ["2-b", "3.1.1 – 3 rd milestone", ["3.1.1-M3"]],
  ["3-a", "3.1.1 – 2 nd milestone", ["3.1.1-M2"]],
  ["3-b", "3.1.2 – 1 st milestone", ["3.1.2-M1"]],
  ["3-c", "3.1.2 – 2 nd milestone", ["3.1.2-M2"]],
  ["3-d", "3.1.2 – 3 rd milestone", ["3.1.2-M3"]],
  ["3-e", "3.1.3 – 1 st and 2 nd milestone", ["3.1.3-M1", "3.1.3-M2"]],
  ["3-f", "3.2.1 - 1 st milestone", ["3.2.1-M1"]],
  ["3-g", "3.2.1 – 2 nd milestone", ["3.2.1-M2"]],
  ["3-h", "3.2.1 – 3 rd milestone", ["3.2.1-M3"]],
  ["3-i", "3.2.1 – 4 th milestone", ["3.2.1-M4"]],
  ["3-j", "3.2.1 – 5 th milestone", ["3.2.1-M5"]],
  ["3-k", "3.3.1 – 1 st to 3 rd milestones", ["3.3.1-M1", "3.3.1-M2", "3.3.1-M3"]],
  ["3-l", "ROCB A/P specific action (not mentioned in the RSP)", []],
  ["4-a", "3.1.1 – 1 st milestone", ["3.1.1-M1"]],
  ["4-b", "3.4.1 – 1 st milestone", ["3.4.1-M1"]],
  ["4-c", "ROCB A/P specific action (not mentioned in the RSP)", []],
];

const SEED = path.resolve(__dirname, "..", "..", "..", "shared", "seed", "000_1d51f2ebccf6b1fb.txt");

/** The RSP cells of Annex II, in document order: the tab-separated field that names milestones. */
function annexIIRspCells(): string[] {
  const lines = fs.readFileSync(SEED, "utf8").split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith("ROCB A/P Strategic Action Plan (2022-2024)"));
  const end = lines.findIndex((line, i) => i > start && line.trim() === "Annex III");
  return lines
    .slice(start, end)
    .map((line) => line.split("\t").find((field) => /milestone|specific action \(/i.test(field)))
    .filter((cell): cell is string => cell !== undefined);
}

describe("parseRspReference on every Annex II action", () => {
  it("covers all 54 actions of the plan", () => {
    expect(ANNEX_II).toHaveLength(54);
  });

  it("copies the cells exactly as the seed writes them", () => {
    expect(annexIIRspCells()).toEqual(ANNEX_II.map(([, cell]) => cell));
  });

  it.each(ANNEX_II)("%s: %j", (_ref, cell, keys) => {
    expect(parseRspReference(cell)).toEqual({ keys, specificAction: keys.length === 0 });
  });
});
