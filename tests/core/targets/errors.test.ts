import { parseTarget } from "../../../src/core/targets";

const EXPECTED = 'expected a number such as "At least 5 Members", "27/33 Members", "twice per year" or "75% of requests"';

describe("targets that are errors, with messages that say what was expected", () => {
  test.each([
    ["several workshops", `Could not read target "several workshops": ${EXPECTED}`],
    ["increase", `Could not read target "increase": ${EXPECTED}`],
    ["Report 2023", `Could not read target "Report 2023": ${EXPECTED}`],
    ["per year", `Could not read target "per year": ${EXPECTED}`],
    ["Train two staff for at least 5 workshops", `Could not read target "Train two staff for at least 5 workshops": ${EXPECTED}`],
    ["", `The target is empty: ${EXPECTED}`],
    ["   \n ", `The target is empty: ${EXPECTED}`],
    ["TBD", `The target "TBD" is not set yet: ${EXPECTED}`],
    ["n/a", `The target "n/a" is not set yet: ${EXPECTED}`],
  ])("%j", (text, error) => {
    expect(parseTarget(text)).toStrictEqual({ error });
  });

  test.each([
    ["up to 5 workshops", '"up to" can mean a ceiling or a goal'],
    ["More than 5 Members", "a strict comparison is not supported"],
    ["> 5 Members", "a strict comparison is not supported"],
    ["about 5 workshops", "an approximate number cannot be measured"],
    ["exactly 5 workshops", "an exact target is not supported"],
    ["At least 5 Members or fewer", 'it says both "at least" and "at most"'],
    ["5 workshops in 2023", 'did not expect "2023" after "5 workshops in"'],
    ["5 COVID-19 workshops", 'did not expect "COVID-19 workshops" after "5"'],
    ["1.200 participants", "a count must be a whole number"],
  ])("%j: %s", (text, message) => {
    expect(parseTarget(text)).toStrictEqual({ error: expect.stringContaining(message) });
  });

  test("a very long cell is refused with its length", () => {
    expect(parseTarget("At least 5 Members ".repeat(40))).toStrictEqual({
      error: expect.stringMatching(/^The target is 760 characters long: expected a short target/),
    });
  });

  test("long text is shortened in messages", () => {
    const result = parseTarget(`several ${"very ".repeat(30)}long workshops`);
    expect("error" in result && result.error).toMatch(/"several very very .*…"/);
  });

  test("a value that is not text is an error, not a crash", () => {
    expect(parseTarget(28 as unknown as string)).toStrictEqual({ error: "The target must be text, not number" });
  });
});
