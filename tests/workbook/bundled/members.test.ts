import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import { findMembers, MEMBERS, resolveMember, SUBREGIONS } from "../../../src/workbook/bundled/members";
import { CONTACT_POINTS } from "../../fixtures/import/seedSections";

describe("bundled Members", () => {
  it("are the 33 Members of the Contact points table, in its order, per sub-region", () => {
    expect(BUNDLED_PLAN.members).toBe(MEMBERS);
    expect(MEMBERS).toHaveLength(33);
    for (const { code, name } of SUBREGIONS) {
      const line = CONTACT_POINTS.split("\n").find((candidate) => candidate.startsWith(`${name} (${code})\t`));
      expect(line).toBeDefined();
      const membersCell = (line as string).split("\t")[1];
      const names = MEMBERS.filter((member) => member.subregion === code).map((member) => member.name);
      // Joining the names back must give the cell exactly: "Hong Kong, China" stays one Member.
      expect(names.join(", ")).toBe(membersCell);
    }
  });

  it("have unique two-letter codes", () => {
    const codes = MEMBERS.map((member) => member.code);
    expect(new Set(codes).size).toBe(33);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(codes).toEqual(
      expect.arrayContaining(["HK", "MO", "KR", "IR", "LA", "MM", "VN", "PG", "WS", "TL", "BN", "LK"]),
    );
  });
});

describe("resolveMember", () => {
  it.each([
    ["ID", "ID"],
    ["Indonesia", "ID"],
    ["indonesia ", "ID"],
    ["Hong Kong, China", "HK"],
    ["Hong Kong China", "HK"],
    ["Macao China", "MO"],
    ["Macau", "MO"],
    ["Korea", "KR"],
    ["Republic of Korea", "KR"],
    ["Viet Nam", "VN"],
    ["Vietnam", "VN"],
    ["Myanmar", "MM"],
    ["Union of Myanmar", "MM"],
    ["Laos", "LA"],
    ["Lao PDR", "LA"],
    ["PNG", "PG"],
    ["Papua New Guinea", "PG"],
    ["China", "CN"],
  ])("%s → %s", (text, code) => {
    expect(resolveMember(text, MEMBERS)).toBe(code);
  });

  it.each(["", "Atlantis", "South Asia", "Hong"])("%j is no Member", (text) => {
    expect(resolveMember(text, MEMBERS)).toBeNull();
  });

  it("only knows the Members it is given", () => {
    expect(resolveMember("Fiji", MEMBERS.filter((member) => member.code !== "FJ"))).toBeNull();
  });
});

describe("findMembers", () => {
  it("finds the Members a sentence names, in order", () => {
    expect(findMembers("Conduct national workshops on risk management for Indonesia, Mongolia, Philippines, Sri Lanka and Vietnam")).toEqual([
      "ID",
      "MN",
      "PH",
      "LK",
      "VN",
    ]);
    expect(findMembers("for Afghanistan, Pakistan, PNG and Vietnam")).toEqual(["AF", "PK", "PG", "VN"]);
  });

  it("reads Hong Kong, China as one Member and does not read words as codes", () => {
    expect(findMembers("visit to Hong Kong, China and Japan")).toEqual(["HK", "JP"]);
    expect(findMembers("visit to China")).toEqual(["CN"]);
    expect(findMembers("a workshop IN the region for ID checks")).toEqual([]);
    expect(findMembers("sub-regional workshop for South Asia")).toEqual([]);
  });
});
