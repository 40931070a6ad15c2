import fc from "fast-check";
import { EMPTY_RSP_MESSAGE, milestoneKey, parseMilestoneKey, parseRspReference } from "../../src/core/rsp";
import { isFailure } from "../../src/core/types";

function keysOf(text: string): string[] {
  const result = parseRspReference(text);
  if (isFailure(result)) throw new Error(`expected keys for ${JSON.stringify(text)}, got error: ${result.error}`);
  return result.keys;
}

function errorOf(text: string): string {
  const result = parseRspReference(text);
  if (!isFailure(result)) throw new Error(`expected an error for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.error;
}

describe("milestoneKey / parseMilestoneKey", () => {
  it("writes objective-M-number", () => {
    expect(milestoneKey("1.2.1", 3)).toBe("1.2.1-M3");
    expect(milestoneKey(" 3.3.1 ", 12)).toBe("3.3.1-M12");
  });

  it("reads a key back", () => {
    expect(parseMilestoneKey("1.2.1-M3")).toEqual({ objective: "1.2.1", milestone: 3 });
    expect(parseMilestoneKey(" 3.3.1 - m12 ")).toEqual({ objective: "3.3.1", milestone: 12 });
  });

  it.each(["", "1.2.1", "1.2.1-M0", "1.2.1-3", "M3", "x.1.1-M1", "1.2.1-M3a"])("rejects %j", (key) => {
    expect(parseMilestoneKey(key)).toBeNull();
  });

  it("round-trips any objective and milestone", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 99 }), (levels, m) => {
        const objective = levels.join(".");
        expect(parseMilestoneKey(milestoneKey(objective, m))).toEqual({ objective, milestone: m });
      }),
    );
  });
});

describe("parseRspReference: the ways planners write references", () => {
  it.each([
    ["1st", "1.1.1 – 1st milestone", ["1.1.1-M1"]],
    ["a range without inner spaces", "1.1.1 – 1st to 3rd milestones", ["1.1.1-M1", "1.1.1-M2", "1.1.1-M3"]],
    ["a range with inner spaces", "3.3.1 – 1 st to 3 rd milestones", ["3.3.1-M1", "3.3.1-M2", "3.3.1-M3"]],
    ["a dashed range", "2.2.3 – 1 st - 3 rd milestone", ["2.2.3-M1", "2.2.3-M2", "2.2.3-M3"]],
    ["a list then a range", "1.2.1 – 1 st , 3 rd to 4 th milestones", ["1.2.1-M1", "1.2.1-M3", "1.2.1-M4"]],
    ["\"and\"", "3.1.3 – 1 st and 2 nd milestone", ["3.1.3-M1", "3.1.3-M2"]],
    ["a hyphen glued to the objective", "2.2.1- 1 st milestone", ["2.2.1-M1"]],
    ["a plural for one milestone", "3.2.3 - 2 nd milestones", ["3.2.3-M2"]],
    ["no space before the suffix", "2.1.1 – 4th milestone", ["2.1.1-M4"]],
    ["an em dash", "2.1.1 — 4th milestone", ["2.1.1-M4"]],
    ["a minus sign", "2.1.1 \u2212 4th milestone", ["2.1.1-M4"]],
    ["a dash range with en dash", "2.2.2 – 1st – 2nd milestone", ["2.2.2-M1", "2.2.2-M2"]],
    ["non-breaking spaces", "1.1.3\u00a0–\u00a010\u00a0th\u00a0milestone", ["1.1.3-M10"]],
    ["Annex III's (RSP …) form", "(RSP 1.1.1 – 1 st milestone)", ["1.1.1-M1"]],
    ["(RSP …) with no dash after the objective", "(RSP 2.2.3 1 st – 3 rd milestone)", ["2.2.3-M1", "2.2.3-M2", "2.2.3-M3"]],
    ["(RSP …) with italics markup", "(<i>RSP 1.1.2 – 3rd milestone</i>)", ["1.1.2-M3"]],
    [
      "(RSP …) at the end of the action text",
      "Upon request, assist Member's efforts in increasing AEO MRA among Members (RSP 1.1.2 – 1 st -2 nd milestone)",
      ["1.1.2-M1", "1.1.2-M2"],
    ],
    ["RSP prefix without parentheses", "RSP 3.4.1 – 1st milestone", ["3.4.1-M1"]],
    ["objectives separated by ;", "1.1.1 – 1st milestone; 1.1.2 – 3rd milestone", ["1.1.1-M1", "1.1.2-M3"]],
    ["objectives on separate lines", "1.1.1 – 1st milestone\n1.1.2 – 3rd milestone\r\n", ["1.1.1-M1", "1.1.2-M3"]],
    ["objectives joined by \"and\"", "1.1.1 – 1st milestone and 1.1.2 – 3rd milestone", ["1.1.1-M1", "1.1.2-M3"]],
    ["milestone keys pasted back", "1.2.1-M1, 1.2.1-M3", ["1.2.1-M1", "1.2.1-M3"]],
    ["the word before the numbers", "1.1.3: milestones 2 to 4", ["1.1.3-M2", "1.1.3-M3", "1.1.3-M4"]],
    ["ordinal words", "1.1.1 – first and third milestones", ["1.1.1-M1", "1.1.1-M3"]],
  ])("reads %s", (_how, text, keys) => {
    expect(parseRspReference(text)).toEqual({ keys, specificAction: false });
  });

  it("keeps reading order and drops repeats", () => {
    expect(keysOf("1.1.2 – 3rd milestone; 1.1.1 – 2nd, 1st milestone")).toEqual(["1.1.2-M3", "1.1.1-M2", "1.1.1-M1"]);
    expect(keysOf("1.2.1 – 1st to 3rd, 2nd milestones; 1.2.1 – 1st milestone")).toEqual([
      "1.2.1-M1",
      "1.2.1-M2",
      "1.2.1-M3",
    ]);
  });

  it.each([
    "ROCB A/P specific action (not mentioned in the RSP)",
    "  ROCB A/P specific action ",
    "ROCB AP specific action",
    "Specific action",
  ])("marks %j as a specific action with no key", (text) => {
    expect(parseRspReference(text)).toEqual({ keys: [], specificAction: true });
  });
});

describe("parseRspReference: errors, never exceptions", () => {
  it.each(["", "   ", "\u00a0\n"])("asks for a reference when the text is empty (%j)", (text) => {
    expect(parseRspReference(text)).toEqual({ error: EMPTY_RSP_MESSAGE });
  });

  it("gives the exact message for empty text", () => {
    expect(errorOf("")).toBe('expected an RSP reference such as "1.1.1 – 1st milestone" or "Specific action"');
  });

  it("rejects an objective without milestones", () => {
    expect(errorOf("2.2.1")).toMatch(/RSP objective 2\.2\.1 names no milestone/);
    expect(errorOf("(RSP 2.2.1)")).toMatch(/2\.2\.1 names no milestone/);
    expect(errorOf("1.1.1 – milestone")).toMatch(/1\.1\.1 names no milestone/);
    expect(errorOf("1.1.1 – 1st milestone; 1.1.2")).toMatch(/1\.1\.2 names no milestone/);
  });

  it("rejects a reversed range and says how to write it", () => {
    expect(errorOf("1.1.1 – 3rd to 1st milestones")).toBe(
      'milestone range "3rd to 1st" of RSP objective 1.1.1 runs backwards; write it as "1st to 3rd"',
    );
  });

  it("rejects milestone 0 and absurd milestone numbers", () => {
    expect(errorOf("1.1.1 – 0th milestone")).toMatch(/does not exist; milestones are numbered from 1st/);
    expect(errorOf("1.1.1 – 0 to 2nd milestone")).toMatch(/does not exist/);
    expect(errorOf("1.1.1 – 1st to 500th milestone")).toMatch(/out of range/);
  });

  it("rejects text it cannot read, quoting it", () => {
    expect(errorOf("3rd to 1st")).toMatch(/could not find an RSP objective/);
    expect(errorOf("see objective 1.1.1 – 1st milestone")).toMatch(/could not read "see objective" before RSP objective 1\.1\.1/);
    expect(errorOf("1.1.1 – all milestones")).toMatch(/could not read "all milestones" after RSP objective 1\.1\.1/);
    expect(errorOf("1.1.1 – 1st 2nd milestone")).toMatch(/could not read "2nd"/);
    expect(errorOf("1.1.1 – 1st to milestone")).toMatch(/has no end/);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        const result = parseRspReference(text);
        if (isFailure(result)) expect(result.error.length).toBeGreaterThan(0);
        else expect(result.keys.every((key) => parseMilestoneKey(key) !== null)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("1.1.1", " – ", "-", "1 st", "3rd", " to ", ",", " and ", "milestone", ";", "(RSP ", ")", "0th"), {
          maxLength: 12,
        }),
        (pieces) => {
          expect(() => parseRspReference(pieces.join(""))).not.toThrow();
        },
      ),
    );
  });

  it("tolerates a non-string cell value", () => {
    expect(parseRspReference(undefined as unknown as string)).toEqual({ error: EMPTY_RSP_MESSAGE });
  });
});
