/**
 * The moment the pane first shows a plan's Overview: its "first meaningful text", which the
 * benchmark (bench/taskpane.ts) reads in the page with performance.getEntriesByName. Marked
 * once per page, after React has put the text in the document (a layout effect), as the
 * benchmark's reference pages mark theirs. Harmless in production: one entry in the
 * performance timeline.
 */
import * as React from "react";

export const FIRST_OVERVIEW_MARK = "kpi:first-overview";

let marked = false;

export function useFirstOverviewMark(): void {
  React.useLayoutEffect(() => {
    if (marked || typeof performance === "undefined" || typeof performance.mark !== "function") return;
    marked = true;
    performance.mark(FIRST_OVERVIEW_MARK);
  }, []);
}
