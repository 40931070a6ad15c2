/** @jest-environment jsdom */
import * as React from "react";
import { screen } from "@testing-library/react";
import { NewWorkbookOutcome } from "../../src/taskpane/components/NewWorkbookOutcome";
import { newWorkbookFile } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

describe("NewWorkbookOutcome", () => {
  const globals = URL as Partial<typeof URL>;
  afterEach(() => {
    delete globals.createObjectURL;
    delete globals.revokeObjectURL;
  });

  it("links the workbook as a download and releases the link's memory when it goes", () => {
    URL.createObjectURL = jest.fn(() => "blob:plan");
    URL.revokeObjectURL = jest.fn();
    const { unmount } = renderInProvider(<NewWorkbookOutcome file={newWorkbookFile("Plan 2026-2028.xlsx")} message="Built it." />);
    expect(screen.getByText("Built it.")).toBeInTheDocument();
    expect(screen.getByText("Opened the new workbook in a new Excel window.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Download Plan 2026-2028.xlsx" })).toHaveAttribute("download", "Plan 2026-2028.xlsx");
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:plan");
  });

  it("still says what happened where the browser cannot make a link", () => {
    renderInProvider(<NewWorkbookOutcome file={newWorkbookFile("Plan.xlsx", false)} />);
    expect(screen.getByText("This Excel cannot open a new workbook.")).toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });
});
