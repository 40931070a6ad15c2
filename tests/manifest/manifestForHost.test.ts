import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports -- the build helpers are CommonJS scripts */
const { manifestForHost, manifestVersion, manifestUrls } = require("../../scripts/manifestForHost.js") as {
  manifestForHost(xml: string, options: { addinUrl: string; packageVersion: string }): string;
  manifestVersion(version: string): string;
  manifestUrls(xml: string): string[];
};
const validator = require("../../scripts/validate-manifest.js") as {
  builtUrlProblems(xml: string, distDir: string): string[];
  runXmllint(manifestPath: string): { missing: boolean; ok?: boolean; output?: string };
};
const { version } = require("../../package.json") as { version: string };
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const HOST = "https://addins.example.org/kpi-tracker/";

/** The files a production build writes that a manifest can name (pages and copied assets). */
function fakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dist-web-"));
  for (const page of ["taskpane.html", "commands.html", "functions.js", "functions.json"]) fs.writeFileSync(path.join(dir, page), "<html></html>");
  fs.mkdirSync(path.join(dir, "assets"));
  for (const icon of fs.readdirSync(path.join(root, "assets"))) fs.copyFileSync(path.join(root, "assets", icon), path.join(dir, "assets", icon));
  return dir;
}

describe("manifestForHost", () => {
  const built = manifestForHost(xml, { addinUrl: HOST, packageVersion: version });

  test("every URL lies under ADDIN_URL; the AppDomain is its origin; nothing names localhost", () => {
    const urls = manifestUrls(built);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      if (url === "https://addins.example.org") continue;
      expect(url.startsWith(HOST)).toBe(true);
    }
    expect(built).toContain("<AppDomain>https://addins.example.org</AppDomain>");
    expect(built).toContain(`<SourceLocation DefaultValue="${HOST}taskpane.html"/>`);
    expect(built).not.toMatch(/localhost/);
  });

  test("every URL names a file of the build, and a broken one is reported", () => {
    const dist = fakeDist();
    expect(validator.builtUrlProblems(built, dist)).toEqual([]);
    fs.rmSync(path.join(dist, "assets", "icon-80.png"));
    expect(validator.builtUrlProblems(built, dist)).toEqual([expect.stringMatching(/assets\/icon-80.png names no file in/)]);
  });

  test("elements added later (a custom functions extension point) are rewritten too", () => {
    const withFunctions = xml.replace(
      "</bt:Urls>",
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/><bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"/></bt:Urls>'
    );
    const out = manifestForHost(withFunctions, { addinUrl: "https://h.example/a/b", packageVersion: "2.3.4" });
    expect(out).toContain('DefaultValue="https://h.example/a/b/functions.js"');
    expect(out).toContain('DefaultValue="https://h.example/a/b/functions.json"');
    expect(out).toContain("<Version>2.3.4.0</Version>");
  });

  test("stays valid against the Office XSD", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, built);
    const result = validator.runXmllint(file);
    if (result.missing) return;
    expect(result.ok).toBe(true);
  });

  test("a non-https ADDIN_URL is refused, saying why", () => {
    expect(() => manifestForHost(xml, { addinUrl: "http://addins.example.org/", packageVersion: version })).toThrow(/must start with https:\/\//);
    expect(() => manifestForHost(xml, { addinUrl: "addins.example.org", packageVersion: version })).toThrow(/is not a URL/);
    expect(() => manifestForHost(xml, { addinUrl: "https://h.example/?x=1", packageVersion: version })).toThrow(/without query/);
  });

  test("the manifest's Version follows package.json, in the source manifest too", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("1.2.3-beta.1")).toBe("1.2.3.0");
    expect(() => manifestVersion("1.2.3.4.5")).toThrow(/cannot be a manifest Version/);
    expect(xml).toContain(`<Version>${manifestVersion(version)}</Version>`);
  });

  test("a production build in dist/web, when there is one for a host, is consistent with its files", () => {
    const builtPath = path.join(root, "dist", "web", "manifest.xml");
    if (!fs.existsSync(builtPath)) return;
    const builtXml = fs.readFileSync(builtPath, "utf8");
    if (/localhost/.test(builtXml)) return; // a development build
    expect(validator.builtUrlProblems(builtXml, path.dirname(builtPath))).toEqual([]);
  });
});
