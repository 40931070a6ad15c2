/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { RecalcReport } from "../../src/workbook/addinApi";
import { fakeApi, makeEvaluation, recalcReport } from "./fixtures";
import "./resizeObserverStub";
import "./jsdomLayout";

// A whole pane per test on a shared, busy machine: give each test more than the default 5 s.
jest.setTimeout(30_000);

const describeError = (error: unknown) => `In plain words: ${(error as Error).message}. Try again.`;

describe("App", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("evaluates the workbook on mount and shows the overview", async () => {
    const api = fakeApi();
    render(<App api={api} describeError={describeError} />);
    expect(screen.getByText("Reading the workbook…")).toBeInTheDocument();
    expect(await screen.findByText("As of 30 Jun 2024")).toBeInTheDocument();
    expect(api.evaluate).toHaveBeenCalledTimes(1);
    expect(api.recalculate).not.toHaveBeenCalled();
  });

  it("shows an api error in plain words from describeError, and still offers Set up", async () => {
    const api = fakeApi();
    api.evaluate.mockRejectedValueOnce(new Error("The Plan table is missing"));
    render(<App api={api} describeError={describeError} />);
    expect(await screen.findByText("In plain words: The Plan table is missing. Try again.")).toBeInTheDocument();
    // Views other than Overview load on first use: findBy waits for them.
    expect(await screen.findByRole("heading", { name: "Start with a plan" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Set up" }));
    expect(await screen.findByRole("button", { name: "Insert the bundled plan" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/In plain words/)).not.toBeInTheDocument();
  });

  it("recalculates on request, showing progress then the duration and the new evaluation", async () => {
    const api = fakeApi();
    let finish: (report: RecalcReport) => void = () => undefined;
    api.recalculate.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    render(<App api={api} describeError={describeError} />);
    await userEvent.click(await screen.findByRole("button", { name: "Recalculate" }));
    expect(screen.getByText("Recalculating…")).toBeInTheDocument();
    const later = makeEvaluation({ asOf: 45500 });
    await act(async () => finish(recalcReport(later, 1250)));
    expect(screen.getByText("Recalculated 8 KPIs in 1.3 s.")).toBeInTheDocument();
    expect(screen.getByText("As of 27 Jul 2024")).toBeInTheDocument();
    expect(api.recalculate).toHaveBeenCalledTimes(1);
  });

  it("recalculates once, debounced, after a burst of edits, and never because of its own result", async () => {
    jest.useFakeTimers();
    const api = fakeApi();
    render(<App api={api} describeError={describeError} liveRecalcDelayMs={800} />);
    await screen.findByText("As of 30 Jun 2024");
    expect(api.onDataChanged).toHaveBeenCalledTimes(1);
    const edited = api.changeHandler();

    act(() => {
      edited();
      jest.advanceTimersByTime(500);
      edited();
      jest.advanceTimersByTime(500);
    });
    expect(api.recalculate).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(api.recalculate).toHaveBeenCalledTimes(1);
    await screen.findByText("Recalculated 8 KPIs in 0.4 s.");
    await act(async () => {
      jest.advanceTimersByTime(5000);
    });
    expect(api.recalculate).toHaveBeenCalledTimes(1);
    expect(api.onDataChanged).toHaveBeenCalledTimes(1);
  });

  it("folds edits made during a recalculation into one more round", async () => {
    jest.useFakeTimers();
    const api = fakeApi();
    const pending: Array<(report: RecalcReport) => void> = [];
    api.recalculate.mockImplementation(() => new Promise((resolve) => pending.push(resolve)));
    render(<App api={api} describeError={describeError} liveRecalcDelayMs={800} />);
    await screen.findByText("As of 30 Jun 2024");
    const edited = api.changeHandler();

    await act(async () => {
      edited();
      jest.advanceTimersByTime(800);
    });
    expect(api.recalculate).toHaveBeenCalledTimes(1);
    await act(async () => {
      edited();
      jest.advanceTimersByTime(800);
      edited();
      jest.advanceTimersByTime(800);
    });
    expect(api.recalculate).toHaveBeenCalledTimes(1);
    await act(async () => pending[0](recalcReport()));
    expect(api.recalculate).toHaveBeenCalledTimes(2);
    await act(async () => pending[1](recalcReport()));
    expect(api.recalculate).toHaveBeenCalledTimes(2);
  });

  it("unsubscribes from data changes on unmount and drops a pending round", async () => {
    jest.useFakeTimers();
    const api = fakeApi();
    const { unmount } = render(<App api={api} describeError={describeError} />);
    await screen.findByText("As of 30 Jun 2024");
    act(() => api.changeHandler()());
    unmount();
    expect(api.unsubscribe).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(10_000);
    expect(api.recalculate).not.toHaveBeenCalled();
  });

  it("shows a failed live recalculation in plain words", async () => {
    jest.useFakeTimers();
    const api = fakeApi();
    api.recalculate.mockRejectedValueOnce(new Error("Excel is in cell-editing mode"));
    render(<App api={api} describeError={describeError} liveRecalcDelayMs={800} />);
    await screen.findByText("As of 30 Jun 2024");
    await act(async () => {
      api.changeHandler()();
      jest.advanceTimersByTime(800);
    });
    expect(await screen.findByText("In plain words: Excel is in cell-editing mode. Try again.")).toBeInTheDocument();
  });

  it("can be used by keyboard alone: switch to Problems and select a problem's cell", async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    render(<App api={api} describeError={describeError} />);
    await screen.findByText("As of 30 Jun 2024");

    await user.tab();
    expect(screen.getByRole("tab", { name: "Overview" })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("tab", { name: /^Problems/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: /^Problems/ })).toHaveAttribute("aria-selected", "true");

    await screen.findByRole("button", { name: "Validate" });
    await user.tab();
    expect(screen.getByRole("button", { name: "Validate" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: /Target "lots"/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith({ table: "Plan", row: 4, column: "Target" }));
  });

  it("opens on the welcome view in a workbook without a Plan table, on every tab, never saying all is well", async () => {
    const noPlan = makeEvaluation({
      kpis: [],
      pillars: [],
      milestones: [],
      milestonesWithoutActions: [],
      actionsWithoutMilestones: [],
      problems: [{ severity: "error", table: "Plan", row: null, column: null, message: 'The workbook has no table named "Plan".' }],
    });
    const api = fakeApi(noPlan);
    render(<App api={api} describeError={describeError} />);
    expect(await screen.findByRole("heading", { name: "Start with a plan" })).toBeInTheDocument();
    for (const name of ["Plan", "RSP map", /^Problems/]) {
      await userEvent.click(screen.getByRole("tab", { name }));
      expect(screen.getByRole("heading", { name: "Start with a plan" })).toBeInTheDocument();
      expect(screen.queryByText(/No KPI (with data )?is off track|Every RSP milestone|No KPI matches|No problems found/)).not.toBeInTheDocument();
    }
    expect(screen.getByRole("button", { name: "Insert the bundled plan" })).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Start an empty plan" })).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Import a plan" })).toBeInTheDocument();
  });

  it("opens a KPI's detail from the Overview, goes to its row, and back", async () => {
    const api = fakeApi();
    render(<App api={api} describeError={describeError} />);
    await screen.findByText("As of 30 Jun 2024");
    const list = screen.getByRole("list", { name: "KPIs that need attention" });
    await userEvent.click(within(list).getByRole("button", { name: /^2-a / }));
    expect(await screen.findByRole("heading", { level: 2, name: "2-a: KPI of 2-a" })).toBeInTheDocument();
    expect(api.kpiRecords).toHaveBeenCalledWith("2-a", 1);
    await userEvent.click(screen.getByRole("button", { name: "Go to row" }));
    expect(api.selectCell).toHaveBeenCalledWith({ table: "Plan", row: 3, column: null });
    await userEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: /Needs attention/ })).toBeInTheDocument();
  });

  it("logs an update: one write, then recalculates so the status changes, re-reads the records and selects the row", async () => {
    const api = fakeApi();
    const after = makeEvaluation();
    after.kpis = after.kpis.map((k) => (k.ref === "2-a" ? { ...k, status: "On track" as const, actual: 9 } : k));
    api.recalculate.mockResolvedValueOnce(recalcReport(after));
    render(<App api={api} describeError={describeError} />);
    await screen.findByText("As of 30 Jun 2024");
    await userEvent.click(within(screen.getByRole("list", { name: "KPIs that need attention" })).getByRole("button", { name: /^2-a / }));
    await screen.findByRole("form", { name: "Log an update" });
    await userEvent.type(screen.getByRole("textbox", { name: "Value" }), "9");
    await userEvent.click(screen.getByRole("button", { name: "Log update" }));
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith({ table: "Updates", row: 3, column: null }));
    expect(api.logUpdate).toHaveBeenCalledWith(expect.objectContaining({ ref: "2-a", part: 1, value: 9, date: 45473 }));
    expect(api.recalculate).toHaveBeenCalledTimes(1);
    expect(api.kpiRecords).toHaveBeenCalledTimes(2);
    const status = screen.getByText("Status").nextElementSibling as HTMLElement;
    expect(status).toHaveTextContent(/^On track/);
  });

  it("opens Plan filtered to a pillar from its card", async () => {
    const api = fakeApi();
    render(<App api={api} describeError={describeError} />);
    await screen.findByText("As of 30 Jun 2024");
    await userEvent.click(screen.getByRole("button", { name: "Pillar 3: Partnership" }));
    expect(screen.getByRole("tab", { name: "Plan" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByText("Showing 2 of 8 KPIs")).toBeInTheDocument();
  });

  it("counts problems in the Problems tab, errors first, and opens a Plan row's KPI from its problem", async () => {
    const api = fakeApi();
    render(<App api={api} describeError={describeError} />);
    await screen.findByText("As of 30 Jun 2024");
    const tab = screen.getByRole("tab", { name: /^Problems\W+2 errors, 1 warning$/ });
    expect(tab).toHaveTextContent(/^Problems: 2 errors, 1 warning/);
    await userEvent.click(tab);
    await userEvent.click(await screen.findByRole("button", { name: "Open KPI 2-b" }));
    expect(await screen.findByRole("heading", { level: 2, name: "2-b: KPI of 2-b" })).toBeInTheDocument();
  });
});
