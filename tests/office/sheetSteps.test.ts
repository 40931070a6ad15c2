import { equalHeightRuns } from "../../src/office/sheetSteps";

describe("equalHeightRuns", () => {
  it("groups consecutive rows of one height into one command, and skips rows left at the default", () => {
    expect(equalHeightRuns([null, 30, 30, 45, null, 45, 45])).toEqual([
      { first: 1, last: 2, height: 30 },
      { first: 3, last: 3, height: 45 },
      { first: 5, last: 6, height: 45 },
    ]);
    expect(equalHeightRuns([])).toEqual([]);
  });
});
