import { runCli } from "./cliHarness";

describe("kpi-tracker parse-target", () => {
  it("prints the parts of a target and exits 0", async () => {
    const run = await runCli(["parse-target", "At least 27/33 Members"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ parts: [{ kind: "count", comparator: ">=", value: 27, of: 33, unit: "Members" }] });
    expect(run.stdout.endsWith("}\n")).toBe(true);
  });

  it("gives perMonths only on rates", async () => {
    const run = await runCli(["parse-target", "At least twice per year"]);
    const parts = JSON.parse(run.stdout).parts;
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ kind: "count", comparator: ">=", value: 2, perMonths: 12 });
  });

  it("prints {error} and exits 1 for a target that does not parse", async () => {
    const run = await runCli(["parse-target", "banana"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["error"]);
    expect(json.error.length).toBeGreaterThan(10);
  });

  it("reads targets from standard input, one JSON line per input line, in order", async () => {
    const run = await runCli(["parse-target"], "At least 28 MRA\r\nbanana\n\nOnce a year\n");
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].parts[0]).toMatchObject({ value: 28, unit: "MRA" });
    expect(lines[0].parts[0].perMonths).toBeUndefined();
    expect(lines[1].error).toEqual(expect.any(String));
    expect(lines[2].error).toEqual(expect.any(String));
    expect(lines[3].parts[0]).toMatchObject({ value: 1, perMonths: 12 });
  });

  it("treats a second argument as a usage error", async () => {
    const run = await runCli(["parse-target", "At", "least"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('run "kpi-tracker parse-target --help"');
  });
});

describe("kpi-tracker parse-rsp", () => {
  it("prints milestone keys", async () => {
    const run = await runCli(["parse-rsp", "1.2.1 – 1st, 3rd to 4th milestones"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ keys: ["1.2.1-M1", "1.2.1-M3", "1.2.1-M4"], specificAction: false });
  });

  it("recognises a specific action", async () => {
    const run = await runCli(["parse-rsp", "ROCB A/P specific action (not mentioned in the RSP)"]);
    expect(JSON.parse(run.stdout)).toEqual({ keys: [], specificAction: true });
  });

  it("prints {error} and exits 1 for text that is no RSP reference", async () => {
    const run = await runCli(["parse-rsp", "see the annex"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error).toEqual(expect.any(String));
  });

  it("reads references from standard input", async () => {
    const run = await runCli(["parse-rsp"], "1.1.1 – 1 st milestone\n1.1.2 – 1 st , 2 nd milestone\n");
    expect(run.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).keys)).toEqual([
      ["1.1.1-M1"],
      ["1.1.2-M1", "1.1.2-M2"],
    ]);
  });
});

describe("kpi-tracker usage", () => {
  it("--help lists every command", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const name of ["parse-target", "parse-rsp", "template", "recalc", "validate", "import"]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
  });

  it("COMMAND --help shows that command's usage and options", async () => {
    const run = await runCli(["recalc", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: kpi-tracker recalc FILE (-o OUT | --in-place) [--as-of YYYY-MM-DD]");
    expect(run.stdout).toContain("--as-of YYYY-MM-DD");
  });

  it.each([
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["--verbose"], "unknown option --verbose"],
    [["parse-target", "--fast", "x"], "unknown option --fast"],
    [["recalc", "plan.xlsx", "-o"], "option --output needs a value"],
    [["recalc", "plan.xlsx", "--in-place", "--as-of", "2023-02-30"], '--as-of "2023-02-30" is not a date'],
  ])("%j exits 2 with one line and the help hint", async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    // A command's own mistakes point to that command's help; the rest to the general help.
    const command = ["parse-target", "recalc"].find((name) => argv[0] === name);
    expect(run.stderr).toContain(`run "kpi-tracker ${command ? `${command} ` : ""}--help"`);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  });

  it("no command at all prints the help on standard error and exits 2", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Commands:");
  });
});
