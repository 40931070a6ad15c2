import fs from "fs";
import path from "path";
import { OfficeMockObject } from "office-addin-mock";
import { completeAfter, runRecalculateCommand } from "../../src/commands/recalculateCommand";
import { dialogUrl, messageFromUrl, messagePageUrl } from "../../src/commands/messageDialog";
import { FakeOfficeError, createFakeExcel } from "../support/fakeExcel";
import { planWorkbook } from "../office/fixtures";

const event = () => ({ completed: jest.fn() });

describe("ribbon Recalculate", () => {
  test("on success: recalculates, tells nobody, completes the event once", async () => {
    const fake = planWorkbook();
    const e = event();
    const notify = jest.fn(async () => undefined);
    const { createOfficeApi } = await import("../../src/office/officeApi");
    await completeAfter(e, () => runRecalculateCommand(createOfficeApi(fake.run), notify));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(notify).not.toHaveBeenCalled();
    expect(fake.column("Plan", "Status").every((s) => s !== "")).toBe(true);
  });

  test("on failure: reports in plain words and still completes the event", async () => {
    const e = event();
    const notify = jest.fn(async () => undefined);
    const api = { recalculate: jest.fn(async () => Promise.reject(new FakeOfficeError("AccessDenied", "raw"))) };
    await completeAfter(e, () => runRecalculateCommand(api, notify));
    expect(notify).toHaveBeenCalledWith(expect.stringMatching(/could not recalculate.*Unprotect/));
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("even a failing notification or an unexpected throw completes the event", async () => {
    const e = event();
    const api = { recalculate: async () => Promise.reject(new Error("x")) };
    await completeAfter(e, () => runRecalculateCommand(api, async () => Promise.reject(new Error("no dialog"))));
    expect(e.completed).toHaveBeenCalledTimes(1);
    const e2 = event();
    await expect(completeAfter(e2, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(e2.completed).toHaveBeenCalledTimes(1);
  });

  test("commands.ts registers recalculate as it loads (associate and global name) and runs it over Excel.run", async () => {
    const fake = createFakeExcel();
    const dialogs: string[] = [];
    const associations: Record<string, (e: { completed(): void }) => Promise<void>> = {};
    const officeMock = new OfficeMockObject({
      onReady: async (callback: () => void) => callback(),
      actions: {
        associate: (name: string, fn: (e: { completed(): void }) => Promise<void>) => void (associations[name] = fn),
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: { status: string }) => void) => {
            dialogs.push(url);
            callback({ status: "failed" });
          },
        },
      },
    });
    const g = globalThis as unknown as Record<string, unknown>;
    g.Office = officeMock;
    g.Excel = { run: fake.run };
    // The shared runtime: the ribbon's function runs in the pane's page.
    g.window = { location: { search: "", href: "https://localhost:3000/taskpane.html" } };
    try {
      let onReadyCalled = false;
      officeMock.onReady = async (_callback: () => void) => void (onReadyCalled = true);
      await jest.isolateModulesAsync(async () => {
        await import("../../src/commands/commands");
      });
      // Registered without waiting for onReady, whose callback has not run here.
      expect(onReadyCalled).toBe(true);
      expect(Object.keys(associations)).toEqual(["recalculate"]);
      expect(g.recalculate).toBe(associations.recalculate);
      const e = event();
      await associations.recalculate(e); // no tables: fails, reports through the dialog, completes
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(dialogs).toHaveLength(1);
      expect(decodeURIComponent(dialogs[0])).toMatch(/could not recalculate.*Plan/);
      expect(dialogs[0].startsWith("https://localhost:3000/commands.html?message=")).toBe(true);
    } finally {
      delete g.Office;
      delete g.Excel;
      delete g.window;
      delete g.recalculate;
    }
  });

  test("the registered name is the manifest's FunctionName", async () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const g = globalThis as unknown as Record<string, unknown>;
    g.Office = undefined;
    const { RECALCULATE_ACTION } = await import("../../src/commands/commands");
    delete g.Office;
    expect(names).toEqual([RECALCULATE_ACTION]);
  });

  test("in the shared runtime the command runs in taskpane.html, and the dialog still opens commands.html", () => {
    expect(messagePageUrl("https://localhost:3000/taskpane.html?_host_Info=Excel")).toBe("https://localhost:3000/commands.html");
    expect(messagePageUrl("https://addin.example.org/kpi/taskpane.html")).toBe("https://addin.example.org/kpi/commands.html");
    const url = dialogUrl(messagePageUrl("https://localhost:3000/taskpane.html"), "No Plan table");
    expect(url).toBe(`https://localhost:3000/commands.html?message=${encodeURIComponent("No Plan table")}`);
  });

  test("the dialog URL carries the message and the page reads it back", () => {
    const url = dialogUrl("https://localhost:3000/commands.html?x=1#a", "Table Plan: 3 & 4 missing");
    expect(url.startsWith("https://localhost:3000/commands.html?message=")).toBe(true);
    expect(messageFromUrl(new URL(url).search)).toBe("Table Plan: 3 & 4 missing");
  });
});
