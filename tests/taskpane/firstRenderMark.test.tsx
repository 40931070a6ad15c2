/** @jest-environment jsdom */
import * as React from "react";
import { Overview } from "../../src/taskpane/components/Overview";
import { FIRST_OVERVIEW_MARK } from "../../src/taskpane/firstRenderMark";
import { overviewProps } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

describe("first Overview mark (the benchmark's first meaningful text)", () => {
  it("is set once, when the Overview of a plan is first in the document", () => {
    // jsdom's performance has no User Timing: record the calls a browser would make.
    const timing = performance as unknown as { mark?: (name: string) => void };
    const original = timing.mark;
    const marks: string[] = [];
    let headingInDocument = false;
    timing.mark = (name: string) => {
      marks.push(name);
      headingInDocument = document.getElementById("overview-heading") !== null;
    };
    try {
      const { unmount } = renderInProvider(<Overview {...overviewProps()} />);
      expect(marks).toEqual([FIRST_OVERVIEW_MARK]);
      expect(headingInDocument).toBe(true);
      unmount();
      renderInProvider(<Overview {...overviewProps()} />);
      expect(marks).toEqual([FIRST_OVERVIEW_MARK]);
    } finally {
      timing.mark = original;
    }
  });
});
