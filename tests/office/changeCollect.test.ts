import { watchDataChanges } from "../../src/office/changeWatcher";
import type { TableChange } from "../../src/workbook/live/changes";
import { planWorkbook } from "./fixtures";
import { afterEvents } from "../support/afterEvents";

const DEBOUNCE_MS = 20;

describe("watchDataChanges collects what changed", () => {
  test("every change, a co-author's too, with its table, address and change type; only local edits start a round", async () => {
    const fake = planWorkbook();
    const handler = jest.fn();
    const changes: TableChange[] = [];
    const watch = await watchDataChanges((batch) => fake.run(batch), handler, DEBOUNCE_MS, (change) => changes.push(change));
    fake.editCell("Plan", 2, "Actual", 5, "Remote");
    await afterEvents(fake, DEBOUNCE_MS);
    expect(handler).not.toHaveBeenCalled();
    fake.editCell("WorkPlan", 0, "Status", "Held");
    await afterEvents(fake, DEBOUNCE_MS);
    expect(handler).toHaveBeenCalledTimes(1);
    const actual = fake.tableValues("Plan").headers.indexOf("Actual");
    expect(changes).toEqual([
      { table: "Plan", address: `${String.fromCharCode(65 + actual)}4`, changeType: "RangeEdited", source: "Remote" },
      expect.objectContaining({ table: "WorkPlan", changeType: "RangeEdited", source: "Local" }),
    ]);
    watch.stop();
  });
});
