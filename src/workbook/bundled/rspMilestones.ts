/**
 * The RSP 2022-2024 milestones that the Strategic Action Plan refers to (62 of them), each
 * described by the text of the first plan action that refers to it. The seed does not print
 * the RSP itself, so the plan's own words are the most faithful description available.
 */
import type { RspRecord } from "../records";
import { SAP_2022_ACTIONS } from "./sap2022";

function milestone(objective: string, number: number, firstRef: string): RspRecord {
  const action = SAP_2022_ACTIONS.find((candidate) => candidate.ref === firstRef);
  if (!action) throw new Error(`RSP ${objective} milestone ${number}: no plan action ${firstRef}`);
  return { objective, milestone: number, description: action.action.trim() };
}

/** Ordered by objective, then milestone. The third argument is the first action referring to it. */
export const RSP_MILESTONES: RspRecord[] = [
  milestone("1.1.1", 1, "1-a"),
  milestone("1.1.1", 2, "1-b"),
  milestone("1.1.1", 3, "1-c"),
  milestone("1.1.2", 1, "1-d"),
  milestone("1.1.2", 2, "1-d"),
  milestone("1.1.2", 3, "1-e"),
  milestone("1.1.2", 4, "1-f"),
  milestone("1.1.3", 1, "1-g"),
  milestone("1.1.3", 2, "1-h"),
  milestone("1.1.3", 3, "1-i"),
  milestone("1.1.3", 4, "1-j"),
  milestone("1.1.3", 5, "1-k"),
  milestone("1.1.3", 6, "1-l"),
  milestone("1.1.3", 7, "1-m"),
  milestone("1.1.3", 8, "1-n"),
  milestone("1.1.3", 9, "1-o"),
  milestone("1.1.3", 10, "1-p"),
  milestone("1.1.3", 11, "1-q"),
  milestone("1.1.3", 12, "1-r"),
  milestone("1.2.1", 1, "1-s"),
  milestone("1.2.1", 2, "1-t"),
  milestone("1.2.1", 3, "1-s"),
  milestone("1.2.1", 4, "1-s"),
  milestone("1.2.2", 1, "1-u"),
  milestone("1.2.3", 1, "2-a"),
  milestone("2.1.1", 1, "1-v"),
  milestone("2.1.1", 2, "1-w"),
  milestone("2.1.1", 3, "1-x"),
  milestone("2.1.1", 4, "1-y"),
  milestone("2.1.1", 5, "1-z"),
  milestone("2.2.1", 1, "1-aa"),
  milestone("2.2.2", 1, "1-ee"),
  milestone("2.2.2", 2, "1-ee"),
  milestone("2.2.2", 3, "1-dd"),
  milestone("2.2.2", 4, "1-bb"),
  milestone("2.2.2", 5, "1-cc"),
  milestone("2.2.2", 6, "1-dd"),
  milestone("2.2.3", 1, "1-ff"),
  milestone("2.2.3", 2, "1-ff"),
  milestone("2.2.3", 3, "1-ff"),
  milestone("3.1.1", 1, "4-a"),
  milestone("3.1.1", 2, "3-a"),
  milestone("3.1.1", 3, "2-b"),
  milestone("3.1.2", 1, "3-b"),
  milestone("3.1.2", 2, "3-c"),
  milestone("3.1.2", 3, "3-d"),
  milestone("3.1.2", 4, "1-gg"),
  milestone("3.1.3", 1, "3-e"),
  milestone("3.1.3", 2, "3-e"),
  milestone("3.2.1", 1, "3-f"),
  milestone("3.2.1", 2, "3-g"),
  milestone("3.2.1", 3, "3-h"),
  milestone("3.2.1", 4, "3-i"),
  milestone("3.2.1", 5, "3-j"),
  milestone("3.2.2", 1, "1-hh"),
  milestone("3.2.2", 2, "1-ii"),
  milestone("3.2.3", 1, "1-jj"),
  milestone("3.2.3", 2, "1-kk"),
  milestone("3.3.1", 1, "3-k"),
  milestone("3.3.1", 2, "3-k"),
  milestone("3.3.1", 3, "3-k"),
  milestone("3.4.1", 1, "4-b"),
];
