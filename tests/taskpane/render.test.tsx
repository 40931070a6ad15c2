/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { renderTaskpane } from "../../src/taskpane/render";
import { fakeApi } from "./fixtures";
import "./resizeObserverStub";
import "./jsdomLayout";

describe("renderTaskpane", () => {
  it("mounts the pane over any AddinApi, replacing the page's loading text", async () => {
    document.body.innerHTML = '<div id="container"><p>Loading KPI Tracker…</p></div>';
    const container = document.getElementById("container") as HTMLElement;
    const api = fakeApi();
    let root: ReturnType<typeof renderTaskpane> | undefined;
    act(() => {
      root = renderTaskpane(container, { api, describeError: String });
    });
    expect(await screen.findByText("As of 30 Jun 2024")).toBeInTheDocument();
    expect(screen.queryByText("Loading KPI Tracker…")).not.toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    for (const name of ["Overview", "Plan", "RSP map", "Set up"]) {
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    }
    expect(screen.getByRole("tab", { name: /^Problems\W+2 errors, 1 warning$/ })).toBeInTheDocument();
    act(() => root?.unmount());
    expect(api.unsubscribe).toHaveBeenCalled();
  });
});
