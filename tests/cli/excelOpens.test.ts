/** Every command's output opens in Excel without a repair prompt (ooxml-check with --rules). */
import * as path from "path";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { expectExcelOpens } from "../xlsx/ooxmlCheck";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

const FIXTURE = path.join(__dirname, "fixtures", "plan-excerpt.txt");

let folder: ReturnType<typeof tempFolder>;
let plan: string;

jest.setTimeout(120_000);

beforeAll(async () => {
  folder = tempFolder();
  const template = folder.file("template.xlsx");
  expect((await runCli(["template", "-o", template])).code).toBe(0);
  // Actuals typed in, as a user would: the same file edited by the gateway's cell writes.
  const gateway = await XlsxGateway.open(template);
  await gateway.write({
    cells: [
      { table: "Plan", column: "Actual", row: 0, value: 20 },
      { table: "Plan", column: "Actual", row: 1, value: 5 },
      { table: "Plan", column: "Comment", row: 1, value: '=HYPERLINK("http://x","click")' },
    ],
  });
  plan = folder.file("plan.xlsx");
  await gateway.save(plan);
});
afterAll(() => folder.remove());

describe("command output passes ooxml-check --rules", () => {
  it("template", () => expectExcelOpens(folder.file("template.xlsx")));

  it("cell writes on an existing file", () => expectExcelOpens(plan));

  it("import -o", async () => {
    const out = folder.file("imported.xlsx");
    // The excerpt does not say when the plan starts, so the command needs --start (it never guesses one).
    expect((await runCli(["import", FIXTURE, "-o", out, "--start", "2022-07-01"])).code).toBe(0);
    expectExcelOpens(out);
  });

  it("recalc -o, then recalc --in-place again", async () => {
    const out = folder.file("recalc.xlsx");
    expect((await runCli(["recalc", plan, "--as-of", "2023-07-01", "-o", out])).code).toBe(0);
    expectExcelOpens(out);
    expect((await runCli(["recalc", out, "--as-of", "2023-08-01", "--in-place"])).code).toBe(0);
    expectExcelOpens(out);
  });

  it("status -o, twice in place", async () => {
    const out = folder.file("status.xlsx");
    expect((await runCli(["status", plan, "--as-of", "2023-07-01", "-o", out])).code).toBe(0);
    expectExcelOpens(out);
    expect((await runCli(["status", out, "--as-of", "2023-07-01", "--in-place"])).code).toBe(0);
    expectExcelOpens(out);
  });
});
