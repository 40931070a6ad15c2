/** @jest-environment jsdom */
import * as React from "react";
import { act, screen } from "@testing-library/react";
import { OutsideExcel } from "../../src/taskpane/components/OutsideExcel";
import { renderOutsideExcel } from "../../src/taskpane/render";
import { renderInProvider } from "./renderInProvider";

describe("OutsideExcel", () => {
  it("says what KPI Tracker is and how to open it in Excel", () => {
    renderInProvider(<OutsideExcel reason="office-missing" />);
    expect(screen.getByRole("heading", { level: 1, name: "KPI Tracker" })).toBeInTheDocument();
    expect(screen.getByText(/is an Excel add-in that tracks a strategic action plan/)).toBeInTheDocument();
    expect(screen.getByText(/office\.js\) could not be loaded/)).toBeInTheDocument();
    expect(screen.getByText(/Upload My Add-in, and upload manifest\.xml/)).toBeInTheDocument();
    expect(screen.getByText(/Home → Add-ins \(or Insert → My Add-ins\), then upload the add-in’s manifest\.xml/)).toBeInTheDocument();
  });

  it("names the wrong host, or a browser tab when there is none", () => {
    const { rerender } = renderInProvider(<OutsideExcel reason="other-host" host="Word" />);
    expect(screen.getByText("This page is open in Word; KPI Tracker works only in Excel.")).toBeInTheDocument();
    rerender(<OutsideExcel reason="other-host" host={null} />);
    expect(screen.getByText("This page is open in a browser tab, not in Excel.")).toBeInTheDocument();
  });

  it("replaces the static loading text when rendered into the page", async () => {
    document.body.innerHTML = '<div id="container"><p>Loading KPI Tracker…</p></div>';
    const container = document.getElementById("container") as HTMLElement;
    act(() => {
      renderOutsideExcel(container, "not-ready");
    });
    expect(await screen.findByText(/most likely open in a browser tab/)).toBeInTheDocument();
    expect(screen.queryByText("Loading KPI Tracker…")).not.toBeInTheDocument();
  });
});
