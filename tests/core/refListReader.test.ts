import { RefListReader, parseRefList } from "../../src/core/actionRefs";

describe("RefListReader", () => {
  const cells = [
    "1-a, 1-b, 1-dd, 3-k",
    "1-(a), (b)",
    "(b), 1-a",
    "2-(c) and (d); 3-(e), (f)",
    "1-a, (b), 3-k, (b)",
    "1-a,1-a , 1-A",
    "",
    "1-a, xyz",
    "(b)",
    "I)",
    "1-(I), (I)",
  ];

  it("reads every cell as parseRefList does, whatever was read before", () => {
    const reader = new RefListReader();
    for (const round of [1, 2]) {
      for (const text of cells) expect([round, text, reader.read(text)]).toEqual([round, text, parseRefList(text)]);
    }
  });

  it("reads bare letters by the pillar carried over in each cell, not in an earlier one", () => {
    const reader = new RefListReader();
    expect(reader.read("1-a, (b)")).toEqual(["1-a", "1-b"]);
    expect(reader.read("2-c, (b)")).toEqual(["2-c", "2-b"]);
    expect(reader.read("(b)")).toEqual({ error: expect.stringContaining('"(b)" is not an action reference') });
  });
});
