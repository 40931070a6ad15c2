import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the validator is a CommonJS script
const validator = require("../../scripts/validate-manifest.js") as {
  undefinedResids(xml: string): string[];
  pngSize(buffer: Buffer): { width: number; height: number } | null;
  iconProblems(xml: string, assetsDir: string): string[];
  runXmllint(manifestPath: string): { missing: boolean; ok?: boolean; output?: string };
};

const root = path.resolve(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");

describe("manifest.xml", () => {
  test("every resid resolves to a resource", () => {
    expect(validator.undefinedResids(xml)).toEqual([]);
    const broken = xml.replace('resid="Recalculate.Tooltip"', 'resid="Recalculate.Typo"');
    expect(validator.undefinedResids(broken)).toEqual(["Recalculate.Typo"]);
  });

  test("every icon exists in assets/ at its declared size", () => {
    expect(validator.iconProblems(xml, path.join(root, "assets"))).toEqual([]);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(validator.pngSize(fs.readFileSync(path.join(root, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "assets-"));
    expect(validator.iconProblems(xml, empty)).toContainEqual(expect.stringContaining("has no file assets/icon-16.png"));
  });

  test("declares ExcelApi 1.9, a Home tab group with both buttons, and the recalculate function", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<FunctionName>recalculate<\/FunctionName>/);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  test("validates against the XSD when xmllint is installed", () => {
    const result = validator.runXmllint(manifestPath);
    if (result.missing) {
      expect(process.env.CI).not.toBe("true");
      return;
    }
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });
});
