/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckExcel } from "../../src/taskpane/components/CheckExcel";
import { createOfficeApi } from "../../src/office/officeApi";
import { createFakeExcel } from "../support/fakeExcel";
import { renderInProvider } from "./renderInProvider";

const host = () => ({ host: "Excel", platform: "PC", version: "16.0.1", isSetSupported: () => true });

describe("CheckExcel", () => {
  it("runs the self-test on the fake and shows each check and a copyable report", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Mine" }] });
    const api = createOfficeApi(fake.run, { hostInfo: host, selfTest: { eventWaitMs: 10, largeBytes: 20_000 } });
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderInProvider(<CheckExcel run={() => (api.checkExcel as NonNullable<typeof api.checkExcel>)()} />);

    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    const report = (await screen.findByRole("textbox", { name: "Report" })) as HTMLTextAreaElement;
    expect(report.value).toContain("Host: Excel; platform: PC; version: 16.0.1");
    expect(screen.getAllByText("ok")).toHaveLength(6);
    expect(screen.queryByText("error")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Copy report" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(report.value));
    expect(screen.getByRole("button", { name: "Copied" })).toBeTruthy();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Mine"]);
  });

  it("shows a failed check with its reason", async () => {
    const run = jest.fn().mockResolvedValue({
      host: "Excel",
      platform: "Mac",
      version: "16",
      checks: [{ name: "Requirement set ExcelApi 1.9", ok: false, detail: "not supported" }],
      text: "ERROR Requirement set ExcelApi 1.9: not supported",
    });
    renderInProvider(<CheckExcel run={run} />);
    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByText("error")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Checks" }).textContent).toContain("Requirement set ExcelApi 1.9: not supported");
  });
});
