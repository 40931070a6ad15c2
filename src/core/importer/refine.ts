/**
 * Refiners: turn assembled draft rows into Plan records — letters from the sequence, one record
 * per target part, deadlines as dates, baselines as numbers, cells with their white space tidied.
 */
import type { PlanRecord } from "../records";
import { tidy } from "./cells";
import { parseDeadline } from "./deadline";
import { chooseLetters } from "./letters";
import { splitKpi, splitTargets } from "./parts";
import type { DraftRow, ImportNote } from "./types";
import { PLAN_ROW_DEFAULTS } from "../planRowDefaults";

export interface RefinedRows {
  rows: PlanRecord[];
  /** Per row of `rows`: the cells of user columns, by header. */
  userCells: Array<Record<string, string>>;
  /** Per row of `rows`: the line its text starts on. */
  lines: number[];
  notes: ImportNote[];
}

/** "1,250", "40%", "12.5" → a number; null for text such as "n/a" or "not measured". */
function baselineNumber(text: string): number | null {
  const match = /^([-+]?\d[\d,]*(?:\.\d+)?)\s*(%)?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, ""));
  return match[2] ? value / 100 : value;
}

export function refineRows(drafts: readonly DraftRow[]): RefinedRows {
  const rows: PlanRecord[] = [];
  const userCells: Array<Record<string, string>> = [];
  const lines: number[] = [];
  const notes: ImportNote[] = [];
  const previousLetters = new Map<number, string>();
  const numberedPillars = new Set<number>();
  const seen = new Set<string>();

  for (const draft of drafts) {
    if (!previousLetters.has(draft.pillar) && draft.marker?.kind === "number") numberedPillars.add(draft.pillar);
    const choice = chooseLetters(draft.marker, previousLetters.get(draft.pillar) ?? null, numberedPillars.has(draft.pillar));
    previousLetters.set(draft.pillar, choice.letters);
    const ref = `${draft.pillar}-${choice.letters}`;
    const note = (text: string) => notes.push({ line: draft.line, ref, note: text });
    if (choice.note) note(choice.note);
    if (seen.has(ref)) note(`${ref} appears more than once`);
    seen.add(ref);

    const field = (name: keyof DraftRow["fields"]) => tidy(draft.fields[name] ?? "");
    const kpi = field("kpi");
    const targets = splitTargets(field("target"));
    if (targets.length === 0) note("no target");
    const kpiParts = splitKpi(kpi, targets.length);
    if (targets.length > 1 && !kpiParts) note(`the KPI cell does not split into ${targets.length} parts like the target; each part keeps the whole KPI`);

    const deadlineText = field("deadline");
    const deadline = deadlineText === "" ? null : parseDeadline(deadlineText);
    if (deadlineText !== "" && deadline === null) note(`deadline "${deadlineText}" is not a date: expected e.g. "30 June 2024" or 2024-06-30`);

    const baselineText = field("baseline");
    const baseline = baselineText === "" ? null : baselineNumber(baselineText);
    const comment = baselineText !== "" && baseline === null ? `Baseline: ${baselineText}` : "";
    if (comment) note(`baseline "${baselineText}" is not a number; kept in Comment`);
    const user = Object.fromEntries(Object.entries(draft.user).map(([label, text]) => [label, tidy(text)]));

    (targets.length > 0 ? targets : [""]).forEach((target, index) => {
      rows.push({
        pillar: draft.pillar,
        ref,
        part: index + 1,
        action: field("action"),
        rspReference: field("rsp"),
        kpi: kpiParts?.[index] ?? kpi,
        target,
        deadline,
        ...PLAN_ROW_DEFAULTS,
        baseline,
        owner: field("owner"),
        comment,
      });
      userCells.push(user);
      lines.push(draft.line);
    });
  }
  return { rows, userCells, lines, notes };
}
