/** The manifest's custom functions extension point and shared runtime, and the XSD check of them. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS scripts
const validator = require("../../scripts/validate-manifest.js") as { schemaPath: string; runXmllint(p: string): { missing: boolean; ok?: boolean; output?: string } };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS scripts
const { withRuntimes, schemaWithRuntimes } = require("../../scripts/manifest-schema-runtimes.js") as {
  withRuntimes(xsd: string): string;
  schemaWithRuntimes(schemaPath: string): string;
};

const manifestPath = path.resolve(__dirname, "..", "..", "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");
const urlOf = (id: string): string | undefined => new RegExp(`<bt:Url id="${id}" DefaultValue="([^"]+)"/>`).exec(xml)?.[1];

describe("manifest.xml: custom functions in a shared runtime", () => {
  test("requires the shared runtime and the custom functions runtime", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/);
  });

  test("one long-lived runtime on taskpane.html serves the functions, the ribbon's function file and the pane", () => {
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(xml)?.[1];
    expect(runtime).toBe("Taskpane.Url");
    // The shared runtime loads only when every one of these names the same resource.
    expect(/<FunctionFile resid="([^"]+)"\/>/.exec(xml)?.[1]).toBe(runtime);
    expect(/<Page>\s*<SourceLocation resid="([^"]+)"\/>/.exec(xml)?.[1]).toBe(runtime);
    expect(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/.exec(xml)?.[1]).toBe(runtime);
    expect(urlOf("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
  });

  test("the CustomFunctions extension point names the script, the metadata and the KPI namespace", () => {
    expect(xml).toMatch(/<AllFormFactors>\s*<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(urlOf(/<Script>\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1] ?? "")).toBe("https://localhost:3000/functions.js");
    expect(urlOf(/<Metadata>\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1] ?? "")).toBe("https://localhost:3000/functions.json");
    const namespace = /<Namespace resid="([^"]+)"\/>/.exec(xml)?.[1];
    expect(new RegExp(`<bt:String id="${namespace}" DefaultValue="KPI"/>`).test(xml)).toBe(true);
  });
});

describe("the XSD check with Runtimes (the shared XSDs predate the element)", () => {
  const schemaAvailable = fs.existsSync(validator.schemaPath) && !spawnSync("xmllint", ["--version"]).error;

  test("the patch adds Runtimes to the Host type and nothing when it is already there", () => {
    const host = '<xs:complexType name="Host" abstract="true">\n<xs:sequence>\n<xs:element name="AllFormFactors"/>\n</xs:sequence>\n</xs:complexType>\n</xs:schema>\n';
    const patched = withRuntimes(host);
    expect(patched).toMatch(/<xs:sequence>\s*<xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" \/>\s*<xs:element name="AllFormFactors"\/>/);
    expect(patched).toMatch(/<xs:complexType name="Runtime">/);
    expect(withRuntimes(patched)).toBe(patched);
  });

  test("the manifest validates, and a misplaced or malformed Runtime still fails", () => {
    if (!schemaAvailable) {
      expect(process.env.CI).not.toBe("true");
      return;
    }
    const result = validator.runXmllint(manifestPath);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);

    const schema = schemaWithRuntimes(validator.schemaPath);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const check = (text: string): boolean => {
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, text);
      return spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" }).status === 0;
    };
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(xml)?.[0] ?? "";
    expect(check(xml)).toBe(true);
    expect(check(xml.replace('lifetime="long"', 'lifetime="forever"'))).toBe(false);
    expect(check(xml.replace('<Runtime resid="Taskpane.Url"', "<Runtime"))).toBe(false);
    expect(check(xml.replace(runtimes, "").replace("</DesktopFormFactor>", `</DesktopFormFactor>${runtimes}`))).toBe(false);
    expect(check(xml.replace(/<Script>[\s\S]*?<\/Script>/, ""))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(schema), { recursive: true, force: true });
  });
});
