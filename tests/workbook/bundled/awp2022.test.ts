import { parseSeeAlso } from "../../../src/core/actionRefs";
import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import {
  activityKey,
  activityType,
  buildWorkPlan,
  listingText,
  withoutSeeAlso,
} from "../../../src/workbook/bundled/awp2022";
import { AWP_2022_LISTINGS } from "../../../src/workbook/bundled/awpListings";
import { ANNEX_III, normalizeSpace } from "../../fixtures/import/seedSections";

const annex = normalizeSpace(ANNEX_III);
const workPlan = BUNDLED_PLAN.workPlan;
const planRefs = new Set(BUNDLED_PLAN.plan.map((row) => row.ref));

describe("bundled Annual Work Plan 2022-2023 listings", () => {
  it("copy every listed text (or each piece of a text broken over lines) from Annex III", () => {
    for (const listing of AWP_2022_LISTINGS) {
      const pieces = Array.isArray(listing.text) ? listing.text : [listing.text];
      for (const piece of pieces) expect(annex).toContain(normalizeSpace(piece));
    }
  });

  it("list activities only under actions of the plan, and fix only refs their See also names", () => {
    for (const listing of AWP_2022_LISTINGS) {
      expect(planRefs.has(listing.under)).toBe(true);
      const named = parseSeeAlso(listingText(listing));
      for (const [wrong, right] of Object.entries(listing.seeAlsoFixes ?? {})) {
        expect(named).toContain(wrong);
        expect(planRefs.has(right)).toBe(true);
      }
    }
  });

  it("restate, in sameAs, an activity that is listed under its own words", () => {
    const texts = new Set(AWP_2022_LISTINGS.map((listing) => activityKey(listingText(listing))));
    for (const listing of AWP_2022_LISTINGS) if (listing.sameAs) expect(texts.has(activityKey(listing.sameAs))).toBe(true);
  });
});

describe("bundled WorkPlan", () => {
  it("has each activity once", () => {
    const keys = workPlan.map((record) => activityKey(record.activity));
    expect(new Set(keys).size).toBe(keys.length);
    const distinctListed = new Set(AWP_2022_LISTINGS.map((listing) => activityKey(listing.sameAs ?? listingText(listing))));
    expect(workPlan).toHaveLength(distinctListed.size);
  });

  it("holds activity texts from Annex III, without their See also", () => {
    for (const record of workPlan) {
      expect(record.activity).not.toMatch(/see also/i);
      const listing = AWP_2022_LISTINGS.find((candidate) => withoutSeeAlso(listingText(candidate)) === record.activity);
      expect(listing).toBeDefined();
    }
  });

  it("serves only actions of the plan, in plan order, including every action it is listed under", () => {
    const order = BUNDLED_PLAN.plan.map((row) => row.ref).filter((ref, index, all) => all.indexOf(ref) === index);
    for (const record of workPlan) {
      for (const ref of record.refs) expect(planRefs.has(ref)).toBe(true);
      const positions = record.refs.map((ref) => order.indexOf(ref));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    for (const listing of AWP_2022_LISTINGS) {
      const record = workPlan.find(
        (candidate) => activityKey(candidate.activity) === activityKey(listing.sameAs ?? listingText(listing)),
      );
      expect(record?.refs).toContain(listing.under);
    }
  });

  it("merges the national risk management workshops listed under six actions into one", () => {
    const matches = workPlan.filter((record) => /national workshops on risk management/i.test(record.activity));
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      activity: "Conduct national workshops on risk management for Indonesia, Mongolia, Philippines, Sri Lanka and Vietnam",
      refs: ["1-a", "1-b", "1-c", "1-dd", "1-gg", "1-hh"],
      members: ["ID", "MN", "PH", "LK", "VN"],
      type: "National workshop",
      fiscalYear: "2022/23",
      status: "Planned",
      planned: null,
      heldOn: null,
      participants: null,
      women: null,
      score: null,
    });
  });

  it("names Members only where the text names them", () => {
    const memberCodes = new Set(BUNDLED_PLAN.members.map((member) => member.code));
    for (const record of workPlan) for (const code of record.members) expect(memberCodes.has(code)).toBe(true);
    const southAsia = workPlan.find((record) => record.activity.endsWith("for South Asia"));
    expect(southAsia?.members).toEqual([]);
    const hrm = workPlan.find((record) => record.activity.includes("Human Resource Management"));
    expect(hrm?.members).toEqual(["AF", "PK", "PG", "VN"]);
  });

  it("numbers activities AWP-001, AWP-002 … in the order of Annex III", () => {
    workPlan.forEach((record, index) => expect(record.id).toBe(`AWP-${String(index + 1).padStart(3, "0")}`));
    expect(workPlan[0].refs[0]).toBe("1-a");
  });
});

describe("activityType", () => {
  it.each([
    ["Conduct a nCEN national workshop for Lao PDR", "National workshop"],
    ["Conduct national workshops on SAFE for Afghanistan and Iran", "National workshop"],
    ["Organize sub-regional workshops on PCA for ASEAN and Pacific Island members", "Sub-regional workshop"],
    ["Organize a regional AML/CTF workshop", "Regional workshop"],
    ["Organize the regional IWT workshop IV (Asia)", "Regional workshop"],
    ["Organize a regional meeting of the national nCEN leaders", "Meeting"],
    ["In cooperation with the Regional Vice Chair, convene a Meeting of Heads of RTC", "Meeting"],
    ["Conduct Regional Workshop Follow-Up Action Surveys and share findings", "Other"],
    ["Upon request, provide assistance on IPR issues", "Other"],
  ])("%s → %s", (text, type) => {
    expect(activityType(text)).toBe(type);
  });
});

describe("buildWorkPlan", () => {
  it("merges listings that differ only in case, punctuation and See also, applying fixes", () => {
    const records = buildWorkPlan(
      [
        { under: "1-a", text: "Conduct national workshops for Sri Lanka, and Vietnam (See also 1-(b))" },
        { under: "1-c", text: "conduct national workshops for Sri Lanka and Vietnam (See also 3-(k) and (x))", seeAlsoFixes: { "3-x": "1-x" } },
        { under: "2-a", text: ["Organize a regional", "workshop on K9"] },
      ],
      { fiscalYear: "2023/24", idPrefix: "T" },
    );
    expect(records.map((record) => [record.id, record.refs, record.members])).toEqual([
      ["T-001", ["1-a", "1-b", "1-c", "1-x", "3-k"], ["LK", "VN"]],
      ["T-002", ["2-a"], []],
    ]);
    expect(records[1].activity).toBe("Organize a regional workshop on K9");
    expect(records[0].fiscalYear).toBe("2023/24");
  });
});
