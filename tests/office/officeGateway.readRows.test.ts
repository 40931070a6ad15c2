import { OfficeGateway } from "../../src/office/officeGateway";
import { createFakeExcel } from "../support/fakeExcel";

const workbook = () =>
  createFakeExcel({
    tables: [
      {
        name: "Plan",
        sheet: "Plan",
        origin: { row: 2, col: 1 },
        headers: ["Ref", "Actual", "Status"],
        rows: Array.from({ length: 6 }, (_, i) => [`1-${"abcdef"[i]}`, i, ""]),
        numberFormats: { Status: "@" },
      },
      { name: "RSP", sheet: "RSP", headers: ["Objective", "Milestone", "Status"], rows: [["1.1.1", 1, ""]] },
    ],
  });

describe("OfficeGateway.readRows", () => {
  test("a few rows of some tables, with their headers, place and size, in one sync", async () => {
    const fake = workbook();
    const reads = await fake.run((context) =>
      new OfficeGateway(context).readRows([
        { table: "Plan", firstRow: 1, rowCount: 2 },
        { table: "Plan", firstRow: 5, rowCount: 1 },
        { table: "RSP", firstRow: 0, rowCount: 0 },
      ])
    );
    expect(fake.syncCount).toBe(1);
    expect(reads.map((r) => r.rows)).toEqual([[["1-b", 1, null], ["1-c", 2, null]], [["1-f", 5, null]], []]);
    expect(reads[0]).toMatchObject({ headers: ["Ref", "Actual", "Status"], origin: { row: 2, col: 1 }, bodyRowCount: 6 });
    expect(reads[2]).toMatchObject({ headers: ["Objective", "Milestone", "Status"], bodyRowCount: 1 });
  });

  test("rows asked past the table's end are missing from the answer, so the caller sees the table shrank", async () => {
    const fake = workbook();
    const [read] = await fake.run((context) => new OfficeGateway(context).readRows([{ table: "Plan", firstRow: 4, rowCount: 4 }]));
    expect(read.rows).toHaveLength(2);
    expect(read.bodyRowCount).toBe(6);
  });

  test("after readRows a write of single cells needs no read of its own, and goes out in one sync when asked", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context, { oneSyncCellWrites: true });
      await gateway.readRows([{ table: "Plan", firstRow: 0, rowCount: 1 }, { table: "RSP", firstRow: 0, rowCount: 0 }]);
      fake.resetCounters();
      await gateway.write({
        cells: [
          { table: "Plan", column: "Status", row: 0, value: "007" },
          { table: "RSP", column: "Status", row: 0, value: "On track" },
        ],
      });
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.state.eventsEnabled).toBe(true);
    // The Status column is formatted as text: the value stays text.
    expect(fake.column("Plan", "Status")[0]).toBe("007");
    expect(fake.column("RSP", "Status")[0]).toBe("On track");
  });

  test("a failed one-sync write turns events back on in a second sync", async () => {
    const fake = workbook();
    await expect(
      fake.run(async (context) => {
        const gateway = new OfficeGateway(context, { oneSyncCellWrites: true });
        await gateway.readRows([{ table: "Plan", firstRow: 0, rowCount: 1 }]);
        fake.protectSheet("Plan");
        fake.resetCounters();
        await gateway.write({ cells: [{ table: "Plan", column: "Status", row: 0, value: "x" }] });
      })
    ).rejects.toThrow();
    expect(fake.syncCount).toBe(2);
    expect(fake.state.eventsEnabled).toBe(true);
  });

  test("a missing table fails the read", async () => {
    const fake = workbook();
    await expect(fake.run((context) => new OfficeGateway(context).readRows([{ table: "Updates", firstRow: 0, rowCount: 1 }]))).rejects.toThrow();
  });
});
