import { isLocalEdit } from "../../src/office/changeWatcher";
import { debounce } from "../../src/office/debounce";
import { TABLES } from "../../src/workbook/schema";
import { createFakeExcel } from "../support/fakeExcel";
import { watchedApi } from "./watchedApi";

describe("debounce", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a burst of calls runs once, after the quiet time; cancel drops a pending run", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100);
    debounced();
    jest.advanceTimersByTime(60);
    debounced();
    jest.advanceTimersByTime(60);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(40);
    expect(fn).toHaveBeenCalledTimes(1);
    debounced();
    debounced.cancel();
    jest.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe("which changes count", () => {
  test("only the local user's edits, never a co-author's", () => {
    expect(isLocalEdit({ source: "Local" })).toBe(true);
    expect(isLocalEdit({ source: "Remote" })).toBe(false);
    expect(isLocalEdit({})).toBe(false);
  });
});

describe("onDataChanged", () => {
  test("the user's edits fire once per burst; co-authors' edits and the add-in's own writes do not", async () => {
    const { fake, api, handler, unsubscribe, settle } = await watchedApi();

    await api.recalculate();
    await settle();
    expect(handler).not.toHaveBeenCalled();

    fake.editCell("Plan", 0, "Actual", 5);
    fake.editCell("Plan", 1, "Actual", 6);
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);

    fake.editCell("Updates", 0, "Ref", "1-a", "Remote");
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    fake.editCell("Updates", 0, "Ref", "1-b");
    await settle();
    expect(handler).toHaveBeenCalledTimes(2);

    unsubscribe();
    await settle();
    fake.editCell("Plan", 0, "Actual", 7);
    await settle();
    expect(handler).toHaveBeenCalledTimes(2);
    expect(fake.state.tables.every((t) => t.handlers.size === 0)).toBe(true);
  });

  test("after the user inserts a column, the add-in's writes at the new positions still raise nothing", async () => {
    const { fake, api, handler, settle } = await watchedApi();
    const rspKeys = TABLES.Plan.columns.findIndex((c) => c.header === "RSP keys");
    fake.insertColumn("Plan", rspKeys, "Inserted");
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    await api.recalculate();
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    fake.editCell("Plan", 0, "Inserted", "x");
    await settle();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  test("tables are told apart by their own handlers, whatever form the event's tableId takes", async () => {
    const { fake, api, handler, settle } = await watchedApi();
    // Events now carry ids that match no Table.id the add-in could have loaded.
    for (const table of fake.state.tables) (table as { id: string }).id = `other-${table.name}`;
    await api.recalculate();
    await settle();
    expect(handler).not.toHaveBeenCalled();
    fake.editCell("WorkPlan", 0, TABLES.WorkPlan.columns[0].header, "x");
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test("a pane that subscribed to an empty workbook hears edits of the tables Set up inserts", async () => {
    const { fake, api, handler, unsubscribe, settle } = await watchedApi(createFakeExcel({ sheets: [{ name: "Sheet1" }] }));
    await api.setUp();
    await api.recalculate();
    await settle();
    expect(handler).not.toHaveBeenCalled();
    fake.editCell("Plan", 0, "Actual", 3);
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    unsubscribe();
    await settle();
    expect(fake.state.tables.every((t) => t.handlers.size === 0)).toBe(true);
  });
});
