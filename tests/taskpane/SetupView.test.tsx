/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SetupView } from "../../src/taskpane/components/SetupView";
import { importIntent } from "../../src/taskpane/components/ImportPanel";
import type { Thresholds } from "../../src/core/types";
import { fakeApi, newWorkbookFile, ROLLOVER_REPORT } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

function setup(current: Thresholds | null = { onTrackAt: 1, atRiskAt: 0.8 }) {
  const api = fakeApi();
  const onWorkbookChanged = jest.fn();
  const onError = jest.fn();
  renderInProvider(
    <SetupView
      currentThresholds={current}
      setUp={api.setUp}
      importPlanText={api.importPlanText}
      createPlanFromText={api.createPlanFromText}
      draftNextCycle={api.draftNextCycle}
      createNextCycle={api.createNextCycle}
      setThresholds={api.setThresholds}
      onWorkbookChanged={onWorkbookChanged}
      onError={onError}
    />
  );
  return { api, onWorkbookChanged, onError };
}

const afterThis: Array<() => void> = [];
afterEach(() => afterThis.splice(0).forEach((undo) => undo()));

const thresholdRadios = () => within(screen.getByRole("radiogroup", { name: /Progress against the expected value/ })).getAllByRole("radio");

describe("SetupView", () => {
  it("shows why inserting the bundled plan was declined, and does not recalculate", async () => {
    const { api, onWorkbookChanged } = setup();
    const message = "Plan, RSP and Settings already exist; nothing was inserted. Rename or delete them first.";
    api.setUp.mockResolvedValueOnce({ created: [], existing: ["Plan", "RSP", "Settings"], message });
    await userEvent.click(screen.getByRole("button", { name: "Insert the bundled plan" }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(onWorkbookChanged).not.toHaveBeenCalled();
  });

  it("recalculates after inserting tables", async () => {
    const { onWorkbookChanged } = setup();
    await userEvent.click(screen.getByRole("button", { name: "Insert the bundled plan" }));
    expect(await screen.findByText("Created 1 table.")).toBeInTheDocument();
    expect(onWorkbookChanged).toHaveBeenCalledTimes(1);
  });

  it("imports pasted text and lists each line it could not place", async () => {
    const { api, onWorkbookChanged } = setup();
    api.importPlanText.mockResolvedValueOnce({
      rowsImported: 12,
      unplaced: [
        { line: 4, text: "Page 3 of 9", reason: "not part of a plan row" },
        { line: 17, text: "x) orphan text", reason: "no Ref before it" },
      ],
      message: "Appended 12 rows to Plan.",
    });
    const importButton = screen.getByRole("button", { name: "Import" });
    expect(importButton).toBeDisabled();
    await userEvent.type(screen.getByLabelText("Plan text"), "1-a) Action");
    await userEvent.click(importButton);
    expect(api.importPlanText).toHaveBeenCalledWith("1-a) Action");
    // The report's own message, once: the pane does not repeat its counts in other words.
    expect(await screen.findByText("Appended 12 rows to Plan.")).toBeInTheDocument();
    expect(screen.queryByText(/rows imported/)).not.toBeInTheDocument();
    const unplaced = screen.getByRole("list", { name: "Lines that could not be placed" });
    expect(within(unplaced).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Line 4: “Page 3 of 9” (not part of a plan row)",
      "Line 17: “x) orphan text” (no Ref before it)",
    ]);
    expect(onWorkbookChanged).toHaveBeenCalledTimes(1);
  });

  it("marks the current preset, says it in words, and writes the chosen one", async () => {
    const { api, onWorkbookChanged } = setup();
    expect(screen.getByLabelText("On track from 100%, at risk from 80% (default)")).toBeChecked();
    expect(screen.getByText("Now: On track from 100%, at risk from 80%. Below that is Off track.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply thresholds" })).toBeDisabled();
    await userEvent.click(screen.getByLabelText("On track from 95%, at risk from 85%"));
    expect(api.setThresholds).not.toHaveBeenCalled();
    expect(screen.getByText("Not applied yet.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Apply thresholds" }));
    expect(api.setThresholds).toHaveBeenCalledWith({ onTrackAt: 0.95, atRiskAt: 0.85 });
    expect(await screen.findByText("Saved to Settings: On track from 95%, at risk from 85%.")).toBeInTheDocument();
    expect(screen.getByLabelText("On track from 95%, at risk from 85%")).toBeChecked();
    expect(onWorkbookChanged).toHaveBeenCalledTimes(1);
  });

  it("moves through the presets with arrow keys without writing Settings", async () => {
    const { api } = setup();
    screen.getByLabelText("On track from 100%, at risk from 80% (default)").focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByLabelText("On track from 90%, at risk from 75%")).toBeChecked();
    expect(api.setThresholds).not.toHaveBeenCalled();
  });

  it("says a preset set by hand is not one of the presets", () => {
    setup({ onTrackAt: 0.9, atRiskAt: 0.6 });
    expect(screen.getByText(/Now: On track from 90%, at risk from 60% \(set by hand in Settings\)/)).toBeInTheDocument();
    expect(thresholdRadios().filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0);
  });

  it("disables the presets and says why when no plan is loaded", async () => {
    const { api } = setup(null);
    expect(screen.getByText(/Insert or import a plan first/)).toBeInTheDocument();
    for (const radio of thresholdRadios()) expect(radio).toBeDisabled();
    await userEvent.click(screen.getByLabelText("On track from 95%, at risk from 85%"));
    expect(api.setThresholds).not.toHaveBeenCalled();
  });

  it("calls an import a success only when rows came in and every line was placed", () => {
    const unplaced = [{ line: 1, text: "hello", reason: "no header row" }];
    expect(importIntent({ rowsImported: 3, unplaced: [], message: "" })).toBe("success");
    expect(importIntent({ rowsImported: 3, unplaced, message: "" })).toBe("warning");
    expect(importIntent({ rowsImported: 0, unplaced: [], message: "" })).toBe("warning");
  });

  it("reports a failed threshold write through onError", async () => {
    const { api, onError, onWorkbookChanged } = setup();
    const failure = new Error("Settings is protected");
    api.setThresholds.mockRejectedValueOnce(failure);
    await userEvent.click(screen.getByLabelText("On track from 90%, at risk from 75%"));
    await userEvent.click(screen.getByRole("button", { name: "Apply thresholds" }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
    expect(onWorkbookChanged).not.toHaveBeenCalled();
  });

  it("starts the next cycle from the suggested period and name, showing what carries over", async () => {
    const { api, onWorkbookChanged } = setup();
    expect(api.draftNextCycle).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Prepare the next cycle" }));
    expect(await screen.findByLabelText(/Next plan's name/)).toHaveValue("Plan 2024-2026");
    expect(screen.getByLabelText(/Next plan starts/)).toHaveValue("2024-07-01");
    expect(screen.getByLabelText(/Next plan ends/)).toHaveValue("2026-06-30");
    const carries = screen.getByRole("list", { name: "What carries over" });
    expect(carries).toHaveTextContent("Plan: 60 rows copied without actuals; 12 Baselines set from the old Actual.");
    expect(carries).toHaveTextContent("Kept: 33 Members, 40 RSP milestones, 120 History rows for reference.");
    expect(carries).toHaveTextContent("Start afresh (a per-year rate, or a count of Updates or WorkPlan rows): 1-c, 2-d.");
    const name = screen.getByLabelText(/Next plan's name/);
    await userEvent.clear(name);
    await userEvent.type(name, "SAP 2024-2026");
    await userEvent.click(screen.getByRole("button", { name: "Create the next plan's workbook" }));
    expect(api.createNextCycle).toHaveBeenCalledWith({ name: "SAP 2024-2026", start: 45474, end: 46203 });
    expect(await screen.findByText("Opened the new workbook in a new Excel window.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "What carried over" })).toBeInTheDocument();
    // The open workbook did not change, so the pane does not recalculate it.
    expect(onWorkbookChanged).not.toHaveBeenCalled();
  });

  it("refuses a next cycle that ends before it starts, without calling Excel", async () => {
    const { api } = setup();
    await userEvent.click(screen.getByRole("button", { name: "Prepare the next cycle" }));
    const end = await screen.findByLabelText(/Next plan ends/);
    await userEvent.clear(end);
    await userEvent.type(end, "2024-01-01");
    await userEvent.click(screen.getByRole("button", { name: "Create the next plan's workbook" }));
    expect(await screen.findByText("The next plan must end after it starts.")).toBeInTheDocument();
    expect(api.createNextCycle).not.toHaveBeenCalled();
  });

  it("offers the download link when Excel did not open the new workbook", async () => {
    const { api } = setup();
    const created: Blob[] = [];
    // jsdom has no object URLs: the browser's, as far as this link needs them.
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return "blob:next-plan";
    });
    URL.revokeObjectURL = jest.fn();
    afterThis.push(() => {
      delete (URL as Partial<typeof URL>).createObjectURL;
      delete (URL as Partial<typeof URL>).revokeObjectURL;
    });
    api.createNextCycle.mockResolvedValueOnce({ report: ROLLOVER_REPORT, file: newWorkbookFile("Plan 2024-2026.xlsx", false) });
    await userEvent.click(screen.getByRole("button", { name: "Prepare the next cycle" }));
    await userEvent.click(await screen.findByRole("button", { name: "Create the next plan's workbook" }));
    const link = await screen.findByRole("link", { name: "Download Plan 2024-2026.xlsx" });
    expect(link).toHaveAttribute("href", "blob:next-plan");
    expect(link).toHaveAttribute("download", "Plan 2024-2026.xlsx");
    expect(created[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(screen.getByText("This Excel cannot open a new workbook.")).toBeInTheDocument();
  });

  it("imports into a new plan only when asked, with Members kept only when ticked", async () => {
    const { api, onWorkbookChanged } = setup();
    await userEvent.type(screen.getByLabelText("Plan text"), "1-a) Action");
    expect(screen.getByLabelText("Add these rows to this plan")).toBeChecked();
    await userEvent.click(screen.getByLabelText(/Start a new plan from this text/));
    expect(screen.queryByRole("button", { name: "Import" })).not.toBeInTheDocument();
    const keep = screen.getByLabelText(/Keep this workbook's Members and RSP/);
    expect(keep).not.toBeChecked();
    await userEvent.type(screen.getByLabelText(/New plan starts/), "2026-07-01");
    await userEvent.click(screen.getByRole("button", { name: "Create the new plan's workbook" }));
    expect(api.createPlanFromText).toHaveBeenCalledWith("1-a) Action", { name: "", start: 46204, end: null, keepMembers: false });
    expect(await screen.findByText('New plan "Pacific Plan 2026-2028": 3 rows into Plan.')).toBeInTheDocument();
    expect(screen.getByRole("list", { name: /Settings of the new plan/ })).toHaveTextContent('Plan start = 2026-07-01 (from line 2 ("Period: July 2026 – June 2028"))');
    expect(api.importPlanText).not.toHaveBeenCalled();
    expect(onWorkbookChanged).not.toHaveBeenCalled();
    await userEvent.click(keep);
    await userEvent.click(screen.getByRole("button", { name: "Create the new plan's workbook" }));
    expect(api.createPlanFromText).toHaveBeenLastCalledWith("1-a) Action", expect.objectContaining({ keepMembers: true }));
  });

  it("asks for the name and dates the pasted text does not say", async () => {
    const { api } = setup();
    api.createPlanFromText.mockResolvedValueOnce({
      name: "Plan",
      settings: [],
      settingLines: [],
      missing: ["Plan name", "Plan start", "Plan end"],
      rowsImported: 0,
      unplaced: [{ line: 3, text: "Page 1", reason: "not part of a plan row" }],
      userColumns: [],
      members: 0,
      rsp: 0,
      message: "The pasted text does not say the plan's start or end date; enter it and try again. Nothing was created.",
      file: null,
    });
    await userEvent.type(screen.getByLabelText("Plan text"), "1-a) Action");
    await userEvent.click(screen.getByLabelText(/Start a new plan from this text/));
    await userEvent.click(screen.getByRole("button", { name: "Create the new plan's workbook" }));
    expect(await screen.findByText("The text does not say when the plan starts: enter the date.")).toBeInTheDocument();
    expect(screen.getByText("The text does not say when the plan ends: enter the date.")).toBeInTheDocument();
    expect(screen.getByText("The text does not name the plan: enter its name.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Lines that could not be placed" })).toHaveTextContent("Line 3: “Page 1”");
  });

  it("leaves the dates for the user when this plan's period is unknown, and shows no guess", async () => {
    const { api } = setup();
    api.draftNextCycle.mockResolvedValueOnce({ current: { name: "Plan", start: null, end: null }, start: null, end: null, name: "Plan", report: null });
    await userEvent.click(await screen.findByRole("button", { name: "Prepare the next cycle" }));
    expect(await screen.findByLabelText(/Next plan starts/)).toHaveValue("");
    expect(screen.getByLabelText(/Next plan ends/)).toHaveValue("");
    expect(screen.queryByRole("list", { name: "What carries over" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Create the next plan's workbook" }));
    expect(await screen.findByText("Enter the date the next plan starts.")).toBeInTheDocument();
    expect(api.createNextCycle).not.toHaveBeenCalled();
  });
});
