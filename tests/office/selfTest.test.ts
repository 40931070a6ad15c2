import { createOfficeApi } from "../../src/office/officeApi";
import { runSelfTest, type HostInfo } from "../../src/office/selfTest";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";

const host = (supported = true): HostInfo => ({
  host: "Excel",
  platform: "OfficeOnline",
  version: "16.0.9999",
  isSetSupported: (name, version) => supported && name === "ExcelApi" && Number(version) <= 1.9,
});
const workbook = (): FakeExcel => createFakeExcel({ sheets: [{ name: "Mine", cells: [["my data", 1]] }] });

describe("Check this Excel", () => {
  test("passes on the fake, through the add-in API, and leaves no trace in the workbook", async () => {
    const fake = workbook();
    const api = createOfficeApi(fake.run, { hostInfo: () => host(), selfTest: { eventWaitMs: 20, largeBytes: 1_000_000 } });
    const report = await (api.checkExcel as NonNullable<typeof api.checkExcel>)();
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toEqual([
      "Requirement set ExcelApi 1.9",
      "Text starting with = + - @ stays text",
      "A date written as a serial reads back as a date",
      "Change events: on while the add-in listens, off while it writes",
      "A 1 MB write and read",
      "Temporary sheet deleted",
    ]);
    expect(report.text).toContain("Host: Excel; platform: OfficeOnline; version: 16.0.9999");
    expect(report.text.split("\n").filter((line) => line.startsWith("ok"))).toHaveLength(6);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Mine"]);
    expect(fake.state.tables).toEqual([]);
    expect(fake.state.eventsEnabled).toBe(true);
    expect(Math.max(...fake.requests)).toBeGreaterThan(1_000_000);
  });

  test("reports each failure in plain words, and still deletes its sheet", async () => {
    const fake = workbook();
    const realRaise = fake.state.raise.bind(fake.state);
    fake.state.raise = () => undefined; // a host whose events never arrive
    const report = await runSelfTest(fake.run, host(false), { eventWaitMs: 10, largeBytes: 10_000 });
    fake.state.raise = realRaise;
    const failed = report.checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failed).toEqual(["Requirement set ExcelApi 1.9", "Change events: on while the add-in listens, off while it writes"]);
    expect(report.text).toMatch(/ERROR Change events.*no event arrived/);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Mine"]);
  });

  test("a workbook whose structure is protected: one plain-words line, nothing left behind", async () => {
    const fake = workbook();
    fake.protectStructure();
    const report = await runSelfTest(fake.run, host(), { eventWaitMs: 10 });
    expect(report.checks.at(-1)).toMatchObject({ name: "Temporary sheet", ok: false, detail: expect.stringMatching(/Protect Workbook/) });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Mine"]);
  });
});
