/**
 * Refiners: turn assembled draft rows into Plan records — letters from the sequence, one record
 * per target part, deadlines as dates, cells with their white space tidied.
 */
import type { PlanRecord } from "../records";
import { tidy } from "./cells";
import { parseDeadline } from "./deadline";
import { chooseLetters } from "./letters";
import { splitKpi, splitTargets } from "./parts";
import type { DraftRow, ImportNote } from "./types";
import { PLAN_ROW_DEFAULTS } from "../planRowDefaults";

export function refineRows(drafts: readonly DraftRow[]): { rows: PlanRecord[]; notes: ImportNote[] } {
  const rows: PlanRecord[] = [];
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
      });
    });
  }
  return { rows, notes };
}
