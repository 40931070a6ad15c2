import { XlsxGateway } from "../../src/xlsx/xlsxGateway";

describe("XlsxGateway.readRows", () => {
  test("the requested rows of a full read, with the table's headers, place and size", async () => {
    const gateway = new XlsxGateway();
    await gateway.createTables([
      { name: "Plan", sheet: "Plan", headers: ["Ref", "Actual"], rows: [["1-a", 1], ["1-b", 2], ["1-c", 3]] },
    ]);
    const [read] = await gateway.readRows([{ table: "Plan", firstRow: 1, rowCount: 2 }]);
    expect(read).toMatchObject({ table: "Plan", headers: ["Ref", "Actual"], origin: { row: 0, col: 0 }, bodyRowCount: 3 });
    expect(read.rows).toEqual([["1-b", 2], ["1-c", 3]]);
    await expect(gateway.readRows([{ table: "Updates", firstRow: 0, rowCount: 1 }])).rejects.toThrow(/no table named "Updates"/);
  });
});
