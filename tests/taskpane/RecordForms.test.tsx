/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LogUpdateForm } from "../../src/taskpane/components/LogUpdateForm";
import { SetActualForm } from "../../src/taskpane/components/SetActualForm";
import { ActivityList } from "../../src/taskpane/components/ActivityList";
import { fakeApi, kpiRecords, MEMBERS } from "./fixtures";
import { renderInProvider } from "./renderInProvider";
import "./resizeObserverStub";

jest.setTimeout(30_000);
const DAY = 45473; // 2024-06-30

describe("LogUpdateForm", () => {
  function setup(measure: string) {
    const api = fakeApi();
    const onError = jest.fn();
    renderInProvider(
      <LogUpdateForm refText="1-b" part={1} measure={measure} members={MEMBERS} defaultDate={DAY} logUpdate={api.logUpdate} onError={onError} />
    );
    return { api, onError };
  }

  it("starts on the as-of date and asks for the Member of a Member count before writing anything", async () => {
    const { api } = setup("updates:members");
    expect(screen.getByLabelText(/^Date/)).toHaveValue("2024-06-30");
    await userEvent.click(screen.getByRole("button", { name: "Log update" }));
    expect(screen.getByText("Choose the Member: this KPI counts distinct Members in its updates.")).toBeInTheDocument();
    expect(api.logUpdate).not.toHaveBeenCalled();
  });

  it("refuses a value that is not a number and an empty date", async () => {
    const { api } = setup("updates:sum");
    await userEvent.clear(screen.getByLabelText(/^Date/));
    await userEvent.type(screen.getByRole("textbox", { name: /Value/ }), "lots");
    await userEvent.click(screen.getByRole("button", { name: "Log update" }));
    expect(screen.getByText("Enter the date of the update.")).toBeInTheDocument();
    expect(screen.getByText("Value must be a number.")).toBeInTheDocument();
    expect(api.logUpdate).not.toHaveBeenCalled();
  });

  it("writes the update with the Member picked from Members and says so", async () => {
    const { api } = setup("updates:members");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /Member/ }), "Fiji (PI)");
    await userEvent.type(screen.getByRole("textbox", { name: "Evidence (text or link)" }), "https://example.org/letter");
    await userEvent.type(screen.getByRole("textbox", { name: "By" }), "Ana");
    await userEvent.click(screen.getByRole("button", { name: "Log update" }));
    await waitFor(() =>
      expect(api.logUpdate).toHaveBeenCalledWith({ ref: "1-b", part: 1, date: DAY, value: null, member: "Fiji", evidence: "https://example.org/letter", by: "Ana" })
    );
    expect(await screen.findByText("Logged an update for 1-b part 1 in Updates.")).toBeInTheDocument();
  });

  it("passes a refused write to onError", async () => {
    const { api, onError } = setup("manual");
    const failure = new Error("Plan has no row with Ref 1-b");
    api.logUpdate.mockRejectedValueOnce(failure);
    await userEvent.click(screen.getByRole("button", { name: "Log update" }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});

describe("SetActualForm", () => {
  it("asks for a number, then writes the actual and its date", async () => {
    const api = fakeApi();
    renderInProvider(<SetActualForm refText="1-a" part={1} measure="manual" current={null} defaultDate={DAY} setActual={api.setActual} onError={jest.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Set actual" }));
    expect(screen.getByText("Enter the actual as a number.")).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: /Actual/ }), "7");
    await userEvent.click(screen.getByRole("button", { name: "Set actual" }));
    await waitFor(() => expect(api.setActual).toHaveBeenCalledWith({ ref: "1-a", part: 1, actual: 7, date: DAY }));
    expect(await screen.findByText("Set the actual of 1-a part 1 to 7.")).toBeInTheDocument();
  });
});

describe("ActivityList", () => {
  function setup() {
    const api = fakeApi();
    renderInProvider(<ActivityList activities={kpiRecords().activities} defaultDate={DAY} recordActivity={api.recordActivity} onError={jest.fn()} />);
    return api;
  }

  it("marks an activity held with its numbers, checking Women against Participants first", async () => {
    const api = setup();
    await userEvent.click(screen.getByRole("button", { name: "Record outcome of AWP-002: held, cancelled or postponed" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Participants" }), "20");
    await userEvent.type(screen.getByRole("textbox", { name: "Women" }), "25");
    await userEvent.click(screen.getByRole("button", { name: "Save to WorkPlan" }));
    expect(screen.getByText("Women (25) cannot be more than Participants (20).")).toBeInTheDocument();
    expect(api.recordActivity).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByRole("textbox", { name: "Women" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Women" }), "9");
    await userEvent.click(screen.getByRole("button", { name: "Save to WorkPlan" }));
    await waitFor(() =>
      expect(api.recordActivity).toHaveBeenCalledWith({ row: 1, id: "AWP-002", outcome: "Held", heldOn: DAY, participants: 20, women: 9, score: null })
    );
    expect(await screen.findByText("Marked AWP-002 held.")).toBeInTheDocument();
  });

  it("marks an activity postponed without asking for a date", async () => {
    const api = setup();
    await userEvent.click(screen.getByRole("button", { name: "Record outcome of AWP-002: held, cancelled or postponed" }));
    await userEvent.click(screen.getByRole("radio", { name: "Postponed" }));
    expect(screen.queryByLabelText(/^Held on/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Save to WorkPlan" }));
    await waitFor(() => expect(api.recordActivity).toHaveBeenCalledWith(expect.objectContaining({ outcome: "Postponed", row: 1 })));
  });
});
