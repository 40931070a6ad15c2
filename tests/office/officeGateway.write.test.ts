import { OfficeGateway } from "../../src/office/officeGateway";
import { createFakeExcel } from "../support/fakeExcel";

const table = () =>
  createFakeExcel({
    tables: [
      {
        name: "Plan",
        sheet: "Plan",
        headers: ["Ref", "Comment", "Status", "Note"],
        rows: Array.from({ length: 3 }, (_, i) => [`1-${"abc"[i]}`, `c${i}`, "", ""]),
        numberFormats: { Status: "@" },
      },
    ],
  });

describe("OfficeGateway.write", () => {
  test("a small batch after a read is one sync under suspended calculation, then one that recalculates with events back on", async () => {
    const fake = table();
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["Plan"]);
      fake.resetCounters();
      await gateway.write({ columns: [{ table: "Plan", column: "status", values: ["On track", "At risk", null] }] });
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.state.calculationSuspendedSyncs).toEqual([1]);
    expect(fake.state.calculations).toEqual(["Recalculate"]);
    expect(fake.state.eventsEnabled).toBe(true);
    expect(fake.column("Plan", "Status")).toEqual(["On track", "At risk", ""]);
    expect(fake.column("Plan", "Comment")).toEqual(["c0", "c1", "c2"]);
  });

  test("user text stays text: formulas, numbers and dates in strings are not interpreted", async () => {
    const fake = table();
    const risky = ['=HYPERLINK("http://x","y")', "-5", "2024-06-30"];
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["Plan"]);
      await gateway.write({
        columns: [
          { table: "Plan", column: "Note", values: risky },
          { table: "Plan", column: "Status", values: risky },
        ],
        appends: [{ table: "Plan", rows: [{ Ref: "=1+1", Note: "+x" }] }],
      });
    });
    const sheet = fake.sheet("Plan");
    expect(fake.column("Plan", "Note")).toEqual([...risky, "+x"]);
    expect(fake.column("Plan", "Status").slice(0, 3)).toEqual(risky);
    expect(fake.column("Plan", "Ref")[3]).toBe("=1+1");
    expect([...sheet.cells.values()].filter((cell) => cell.formula)).toEqual([]);
  });

  test("a batch over the request limit goes out in chunks, each under the limit, with the same result", async () => {
    const rows = 400;
    const values = Array.from({ length: rows }, (_, i) => `status text number ${i}`);
    const fake = createFakeExcel({
      requestLimitBytes: 4_000,
      tables: [{ name: "Plan", sheet: "Plan", headers: ["Ref", "Note"], rows: values.map((_, i) => [`r${i}`, ""]) }],
    });
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context, { maxRequestBytes: 3_000 });
      await gateway.read(["Plan"]);
      fake.resetCounters();
      await gateway.write({ columns: [{ table: "Plan", column: "Note", values }] });
    });
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.requests)).toBeLessThanOrEqual(3_000);
    expect(fake.state.calculationSuspendedSyncs).toHaveLength(fake.syncCount - 1);
    expect(fake.column("Plan", "Note")).toEqual(values);
  });

  test("creating a table too large for one request goes out in chunks, number formats included", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [45000 + i, `1-${"abc"[i % 3]}`, `text ${i}`]);
    const fake = createFakeExcel({ requestLimitBytes: 4_000 });
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context, { maxRequestBytes: 3_000 });
      await gateway.createTables([
        {
          name: "Updates",
          sheet: "Updates",
          headers: ["Date", "Ref", "Evidence"],
          rows,
          numberFormats: { Date: "yyyy-mm-dd", Ref: "@", Evidence: "@" },
        },
      ]);
    });
    expect(Math.max(...fake.requests)).toBeLessThanOrEqual(4_000);
    expect(fake.tableValues("Updates").rows).toEqual(rows);
  });

  test("appends fill a new table's empty row first, then extend the table with one range write below it", async () => {
    const fake = createFakeExcel({
      tables: [{ name: "Updates", sheet: "Updates", headers: ["Date", "Ref", "By"], rows: [], numberFormats: { Date: "yyyy-mm-dd", Ref: "@" } }],
    });
    const rowsAdd = jest.fn();
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["Updates"]);
      fake.resetCounters();
      const original = context.workbook.tables.getItem.bind(context.workbook.tables);
      jest.spyOn(context.workbook.tables, "getItem").mockImplementation((name: string) => {
        const table = original(name);
        table.rows.add = rowsAdd;
        return table;
      });
      await gateway.write({ appends: [{ table: "Updates", rows: [{ Date: 45000, Ref: "1-a" }, { date: 45001, ref: "007", By: "KT" }] }] });
    });
    expect(rowsAdd).not.toHaveBeenCalled();
    expect(fake.syncCount).toBe(2); // the write, events back on
    expect(fake.tableValues("Updates").rows).toEqual([
      [45000, "1-a", ""],
      [45001, "007", "KT"],
    ]);
    // The row below took the table's formats: the text column kept "007" as text.
    expect(fake.sheet("Updates").cell(2, 0)?.numberFormat).toBe("yyyy-mm-dd");
  });

  test("cells in use below a table move down before the new rows land; nothing is overwritten", async () => {
    const fake = createFakeExcel({
      tables: [{ name: "History", sheet: "History", headers: ["Date", "Ref"], rows: [[45000, "1-a"]] }],
    });
    fake.sheet("History").ensureCell(3, 0).value = "my note below the table";
    fake.sheet("History").ensureCell(3, 5).value = "beside, not below";
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["History"]);
      await gateway.write({ appends: [{ table: "History", rows: [{ Date: 45001, Ref: "1-b" }, { Date: 45002, Ref: "1-c" }] }] });
    });
    expect(fake.tableValues("History").rows).toEqual([
      [45000, "1-a"],
      [45001, "1-b"],
      [45002, "1-c"],
    ]);
    expect(fake.sheet("History").value(5, 0)).toBe("my note below the table");
    expect(fake.sheet("History").value(3, 5)).toBe("beside, not below");
  });

  test("a missing column or a changed row count is refused before anything is written", async () => {
    const fake = table();
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["Plan"]);
      await expect(
        gateway.write({
          columns: [
            { table: "Plan", column: "Status", values: ["x", "y", "z"] },
            { table: "Plan", column: "Progress", values: [1, 2, 3] },
          ],
        })
      ).rejects.toThrow('Table Plan has no column "Progress"');
      await expect(gateway.write({ columns: [{ table: "Plan", column: "Status", values: ["x"] }] })).rejects.toThrow(
        "changed while KPI Tracker was working"
      );
    });
    expect(fake.column("Plan", "Status")).toEqual(["", "", ""]);
  });

  test("without a read first, write reads what it needs: still a constant number of syncs", async () => {
    const fake = table();
    await fake.run((context) =>
      new OfficeGateway(context).write({ columns: [{ table: "Plan", column: "Status", values: ["a", "b", "c"] }] })
    );
    expect(fake.syncCount).toBe(4); // read 2, write 1, events back on 1
    expect(fake.column("Plan", "Status")).toEqual(["a", "b", "c"]);
  });

  test("a new sheet whose name exists is refused", async () => {
    const fake = table();
    await expect(
      fake.run((context) => new OfficeGateway(context).write({ sheets: [{ name: "plan", cells: [["x"]] }] }))
    ).rejects.toThrow('A sheet named "plan" already exists');
  });

  test("null clears a computed cell (Excel reads null in a values array as 'leave as it is')", async () => {
    const fake = createFakeExcel({
      tables: [{ name: "Plan", sheet: "Plan", headers: ["Ref", "Status", "Progress"], rows: [["1-a", "Achieved", 1], ["1-b", "At risk", 0.4]] }],
    });
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["Plan"]);
      await gateway.write({
        columns: [
          { table: "Plan", column: "Status", values: [null, "Off track"] },
          { table: "Plan", column: "Progress", values: [null, 0.1], numberFormat: "0%" },
        ],
      });
    });
    expect(fake.tableValues("Plan").rows).toEqual([
      ["1-a", "", ""],
      ["1-b", "Off track", 0.1],
    ]);
  });

  test("a single-row bordered range gets no inside horizontal border", async () => {
    const fake = table();
    await fake.run((context) =>
      new OfficeGateway(context).write({
        sheets: [{ name: "Status", cells: [["a", "b"], ["c", "d"]], formats: [{ range: { row: 0, col: 0, cols: 2 }, border: true }] }],
      })
    );
    const edges = Object.keys(fake.sheet("Status").cell(0, 0)?.format ?? {}).filter((key) => key.startsWith("borders."));
    expect(edges.sort()).toEqual(
      ["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideVertical"].map((edge) => `borders.${edge}.style`).sort()
    );
  });
});
