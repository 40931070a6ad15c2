/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SetupView } from "../../src/taskpane/components/SetupView";
import { importIntent } from "../../src/taskpane/components/ImportPanel";
import type { Thresholds } from "../../src/core/types";
import { fakeApi } from "./fixtures";
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
      setThresholds={api.setThresholds}
      onWorkbookChanged={onWorkbookChanged}
      onError={onError}
    />
  );
  return { api, onWorkbookChanged, onError };
}

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
    expect(screen.getAllByRole("radio").filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0);
  });

  it("disables the presets and says why when no plan is loaded", async () => {
    const { api } = setup(null);
    expect(screen.getByText(/Insert or import a plan first/)).toBeInTheDocument();
    for (const radio of screen.getAllByRole("radio")) expect(radio).toBeDisabled();
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
});
