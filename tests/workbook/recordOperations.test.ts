import { logUpdate, recordActivity, setManualActual, validateActivity, validateUpdate } from "../../src/workbook/recordOperations";
import { evaluateWorkbook, PLAN_INPUT_TABLES } from "../../src/workbook/operations";
import { smallPlanGateway, SMALL_PLAN } from "./recordFixtures";
import { d } from "./fixtures";

const update = { ref: "1-b", part: 1, date: d("2023-06-01"), value: null, member: "Thailand", evidence: "=HYPERLINK(x)", by: "Ana" };

describe("validateUpdate", () => {
  it("asks for a date, a Member for a Member count, a value for a sum, and a known Member", () => {
    expect(validateUpdate({ ...update, date: null }, "updates:members", SMALL_PLAN.members).date).toBe("Enter the date of the update.");
    expect(validateUpdate({ ...update, member: "" }, "updates:members", SMALL_PLAN.members).member).toMatch(/Choose the Member/);
    expect(validateUpdate({ ...update, member: "Atlantis" }, "manual", SMALL_PLAN.members).member).toBe('"Atlantis" is not in the Members table.');
    expect(validateUpdate({ ...update, ref: "1-d" }, "updates:sum", SMALL_PLAN.members).value).toMatch(/Enter a value/);
    expect(validateUpdate(update, "updates:members", SMALL_PLAN.members)).toEqual({});
  });
});

describe("logUpdate", () => {
  it("appends one Updates row in one write, keeps evidence as text, and the Member is counted after", async () => {
    const gateway = await smallPlanGateway();
    const before = gateway.table("Updates").rows.length;
    const writes = gateway.calls.write;
    const report = await logUpdate(gateway, update);
    expect(gateway.calls.write).toBe(writes + 1);
    expect(report.target).toEqual({ table: "Updates", row: before, column: null });
    expect(gateway.column("Updates", "Member")[before]).toBe("Thailand");
    expect(gateway.column("Updates", "Evidence")[before]).toBe("=HYPERLINK(x)");
    const evaluation = evaluateWorkbook(await gateway.read(PLAN_INPUT_TABLES));
    expect(evaluation.kpis.find((k) => k.ref === "1-b")?.actual).toBe(3);
  });

  it("writes nothing when the update is invalid or the KPI is gone", async () => {
    const gateway = await smallPlanGateway();
    const writes = gateway.calls.write;
    await expect(logUpdate(gateway, { ...update, member: "" })).rejects.toThrow(/Choose the Member.*Nothing was written/);
    await expect(logUpdate(gateway, { ...update, ref: "9-z" })).rejects.toThrow(/Plan has no row with Ref 9-z/);
    expect(gateway.calls.write).toBe(writes);
  });
});

describe("setManualActual", () => {
  it("writes Actual and Last update of a manual KPI's row, and selects its Actual", async () => {
    const gateway = await smallPlanGateway();
    const report = await setManualActual(gateway, { ref: "1-a", part: 1, actual: 7, date: d("2023-06-15") });
    expect(gateway.column("Plan", "Actual")[0]).toBe(7);
    expect(gateway.column("Plan", "Last update")[0]).toBe(d("2023-06-15"));
    expect(report.target).toEqual({ table: "Plan", row: 0, column: "Actual" });
  });

  it("refuses a KPI whose actual comes from elsewhere, and an Actual cell holding a formula", async () => {
    const gateway = await smallPlanGateway();
    await expect(setManualActual(gateway, { ref: "1-b", part: 1, actual: 7, date: d("2023-06-15") })).rejects.toThrow(/comes from updates:members/);
    const plan = gateway.table("Plan");
    plan.formulaCells = new Set([`0,${plan.headers.indexOf("Actual")}`]);
    await expect(setManualActual(gateway, { ref: "1-a", part: 1, actual: 7, date: d("2023-06-15") })).rejects.toThrow(/holds a formula/);
    expect(gateway.column("Plan", "Actual")[0]).toBeNull();
  });
});

describe("recordActivity", () => {
  const held = { row: 1, id: "AWP-002", outcome: "Held" as const, heldOn: d("2023-03-02"), participants: 30, women: 12, score: 4 };

  it("checks the numbers before anything is written", () => {
    expect(validateActivity({ ...held, heldOn: null }).heldOn).toBe("Enter the date it was held.");
    expect(validateActivity({ ...held, women: 31 }).women).toBe("Women (31) cannot be more than Participants (30).");
    expect(validateActivity({ ...held, participants: 2.5 }).participants).toMatch(/whole number/);
    expect(validateActivity({ ...held, outcome: "Cancelled", heldOn: null })).toEqual({});
  });

  it("writes Status, Held on, Participants, Women and Score of that row only", async () => {
    const gateway = await smallPlanGateway();
    await recordActivity(gateway, held);
    expect(gateway.column("WorkPlan", "Status")).toEqual(["Held", "Held"]);
    expect(gateway.column("WorkPlan", "Held on")[1]).toBe(d("2023-03-02"));
    expect(gateway.column("WorkPlan", "Women")).toEqual([8, 12]);
    const evaluation = evaluateWorkbook(await gateway.read(PLAN_INPUT_TABLES));
    expect(evaluation.kpis.find((k) => k.ref === "1-c")?.actual).toBe(2);
  });

  it("marks an activity cancelled, and refuses a row that is no longer that activity", async () => {
    const gateway = await smallPlanGateway();
    await recordActivity(gateway, { ...held, outcome: "Cancelled", heldOn: null });
    expect(gateway.column("WorkPlan", "Status")[1]).toBe("Cancelled");
    expect(gateway.column("WorkPlan", "Held on")[1]).toBeNull();
    await expect(recordActivity(gateway, { ...held, id: "AWP-009" })).rejects.toThrow(/no longer activity AWP-009/);
  });
});
