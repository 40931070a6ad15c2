/**
 * Splits one pasted line into cells. Word and PDF copies separate cells with tabs; Markdown and
 * plain-text tables with "|"; text laid out by spaces with runs of two or more spaces.
 */

export type Layout = "tab" | "pipe" | "spaces" | "none";

export interface SplitLine {
  cells: string[];
  layout: Layout;
}

export function splitCells(line: string): SplitLine {
  if (line.includes("\t")) return { cells: line.split("\t").map(tidy), layout: "tab" };
  if (line.includes("|")) {
    const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    return { cells: inner.split("|").map(tidy), layout: "pipe" };
  }
  const trimmed = line.trim();
  if (/\S {2,}\S/.test(trimmed)) return { cells: trimmed.split(/ {2,}/).map(tidy), layout: "spaces" };
  return { cells: [tidy(trimmed)], layout: "none" };
}

/** Trims and collapses runs of white space (non-breaking spaces included). */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Whether the cells hold nothing but a table rule such as "-----" or "|---|:--:|". */
export function isRule(cells: readonly string[]): boolean {
  const joined = cells.join("");
  return /[-=_]{3,}/.test(joined) && /^[-=_:+\s]*$/.test(joined);
}
