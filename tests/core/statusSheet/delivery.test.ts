/** DESIGN.md §2 "Activity status" in the status sheet's work-plan tables: Cancelled and Postponed never count as held. */
import { workPlanDelivery } from "../../../src/core/statusSheet/delivery";
import { periodActivities } from "../../../src/core/statusSheet/period";
import type { WorkPlanActivity } from "../../../src/core/statusSheet/types";
import { d } from "./fixtures";

function activity(id: string, status: string, heldOn: number | null, participants = 10, women = 5): WorkPlanActivity {
  return { id, activity: id, fiscalYear: "2022/23", planned: d("2023-03-01"), status, heldOn, participants, women, refs: ["1-a"] };
}

const AS_OF = d("2023-07-01");

describe("work-plan delivery and the held rule", () => {
  it.each(["Cancelled", "Postponed", " cancelled ", "POSTPONED", "Canceled"])("an activity %s with a Held on date counts nowhere", (status) => {
    const rows = workPlanDelivery([activity("A1", "Held", d("2023-03-10"), 20, 4), activity("A2", status, d("2023-03-12"), 30, 30)], 7, AS_OF);
    const total = rows.find((r) => r.isTotal)!;
    expect(total).toMatchObject({ planned: 2, held: 1, participants: 20, women: 4 });
    expect(total.womenShare).toBeCloseTo(0.2);
    expect(rows.filter((r) => !r.isTotal).reduce((sum, r) => sum + r.held, 0)).toBe(1);

    const lines = periodActivities([activity("A1", "Held", d("2023-05-10")), activity("A2", status, d("2023-05-12"))], { from: d("2023-04-01"), to: AS_OF, sincePreviousSheet: false });
    expect(lines.filter((l) => l.delivery === "Held").map((l) => l.activity.id)).toEqual(["A1"]);
  });

  it("still counts a Held or Planned activity with a Held on date, and a Held one without a date", () => {
    const rows = workPlanDelivery([activity("A1", "Planned", d("2023-03-10")), activity("A2", "Held", null)], 7, AS_OF);
    expect(rows.find((r) => r.isTotal)).toMatchObject({ planned: 2, held: 2 });
  });
});
