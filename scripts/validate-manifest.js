/**
 * npm run validate: checks manifest.xml offline (XSD via xmllint, every resid defined, every
 * icon present in assets/ at its declared size), then online with office-addin-manifest where
 * the network allows. When a build exists, it checks dist/web/manifest.xml too: XSD-valid, and
 * every URL in it names a file of dist/web/ under one base address (the ADDIN_URL it was built
 * for). Exits non-zero on any real problem.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { schemaWithRuntimes } = require("./manifest-schema-runtimes");

const { manifestUrls } = require("./manifestForHost");

const repoRoot = path.resolve(__dirname, "..");
/** The Office XSDs: MANIFEST_SCHEMAS, else a shared/ folder beside the clone (or its worktree parent). */
const schemaDir =
  process.env.MANIFEST_SCHEMAS_DIR ||
  process.env.MANIFEST_SCHEMAS ||
  [path.resolve(repoRoot, "..", "shared", "manifest-schemas"), path.resolve(repoRoot, "..", "..", "shared", "manifest-schemas")].find(
    (dir) => fs.existsSync(dir)
  ) ||
  path.resolve(repoRoot, "..", "shared", "manifest-schemas");
const schemaPath = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

/**
 * Problems of a built manifest against its files: every URL must lie under the folder of the
 * task pane's SourceLocation and name a file in `distDir`; an AppDomain must be that folder's origin.
 */
function builtUrlProblems(xml, distDir) {
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  if (!source) return ["no SourceLocation in the built manifest"];
  const base = source[1].slice(0, source[1].lastIndexOf("/") + 1);
  const origin = new URL(base).origin;
  const domains = new Set([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]));
  const problems = [];
  for (const url of new Set(manifestUrls(xml))) {
    if (domains.has(url)) {
      if (url !== origin) problems.push(`AppDomain ${url} is not the add-in's origin ${origin}`);
      continue;
    }
    if (!url.startsWith(base)) {
      problems.push(`${url} is not under ${base}`);
      continue;
    }
    const file = path.join(distDir, ...decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]).split("/"));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) problems.push(`${url} names no file in ${path.relative(repoRoot, distDir) || distDir}`);
  }
  return problems;
}

/** resid values used and ids defined in <Resources>; returns the used ones with no definition. */
function undefinedResids(xml) {
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
  const used = [...new Set([...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]))];
  return used.filter((id) => !defined.has(id));
}

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
function pngSize(buffer) {
  const signature = "89504e470d0a1a0a";
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== signature) return null;
  if (buffer.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Declared size of an icon reference: bt:Image size, or the icon-NN.png naming of IconUrl. */
function iconReferences(xml) {
  const refs = [];
  const images = new Map([...xml.matchAll(/<bt:Image\s+id="([^"]+)"\s+DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  for (const m of xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)) {
    if (images.has(m[2])) refs.push({ url: images.get(m[2]), size: Number(m[1]), where: `resid ${m[2]}` });
  }
  for (const m of xml.matchAll(/<(IconUrl|HighResolutionIconUrl)\s+DefaultValue="([^"]+)"/g)) {
    const named = /icon-(\d+)\.png$/.exec(m[2]);
    refs.push({ url: m[2], size: named ? Number(named[1]) : null, where: m[1] });
  }
  return refs;
}

/** Problems with icons served from localhost: file missing from assets/, not a PNG, wrong size. */
function iconProblems(xml, assetsDir) {
  const problems = [];
  for (const ref of iconReferences(xml)) {
    const local = /^https:\/\/localhost:\d+\/assets\/(.+)$/.exec(ref.url);
    if (!local) continue;
    const file = path.join(assetsDir, local[1]);
    if (!fs.existsSync(file)) {
      problems.push(`${ref.where}: ${ref.url} has no file assets/${local[1]}`);
      continue;
    }
    const size = pngSize(fs.readFileSync(file));
    if (!size) problems.push(`${ref.where}: assets/${local[1]} is not a PNG`);
    else if (ref.size !== null && (size.width !== ref.size || size.height !== ref.size)) {
      problems.push(`${ref.where}: assets/${local[1]} is ${size.width}x${size.height}, expected ${ref.size}x${ref.size}`);
    }
  }
  return problems;
}

function runXmllint(manifestPath) {
  const schema = fs.existsSync(schemaPath) ? schemaWithRuntimes(schemaPath) : schemaPath;
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifestPath], { encoding: "utf8" });
  if (schema !== schemaPath) fs.rmSync(path.dirname(schema), { recursive: true, force: true });
  if (result.error && result.error.code === "ENOENT") return { missing: true };
  return { missing: false, ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

const NETWORK_FAILURE = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|fetch failed|getaddrinfo|network|timed out|socket hang up/i;

function runOnline(manifestPath, timeoutMs = 20000) {
  const cli = path.join(repoRoot, "node_modules", "office-addin-manifest", "cli.js");
  if (!fs.existsSync(cli)) return { skipped: "office-addin-manifest is not installed" };
  const result = spawnSync(process.execPath, [cli, "validate", manifestPath], { encoding: "utf8", timeout: timeoutMs });
  const output = `${result.stdout || ""}${result.stderr || ""}`;
  if (result.error || result.signal || NETWORK_FAILURE.test(output)) return { skipped: "no network" };
  return { ok: result.status === 0 && /manifest is valid/i.test(output), output: output.trim() };
}

function main() {
  const manifestPath = path.join(repoRoot, "manifest.xml");
  const xml = fs.readFileSync(manifestPath, "utf8");
  const problems = [];

  const lint = runXmllint(manifestPath);
  if (lint.missing) {
    const message = "xmllint not found (apt-get install -y libxml2-utils): XSD check not run";
    if (process.env.CI === "true") problems.push(message);
    else console.warn(`warning: ${message}`);
  } else if (!fs.existsSync(schemaPath)) {
    problems.push(`schema not found at ${schemaPath}`);
  } else if (!lint.ok) {
    problems.push(`XSD validation failed:\n${lint.output}`);
  } else {
    console.log("XSD: manifest.xml validates against OfficeAppManifestV1_1.xsd");
  }

  const resids = undefinedResids(xml);
  if (resids.length > 0) problems.push(`resid without a resource: ${resids.join(", ")}`);
  else console.log("resids: every resid is defined in Resources");
  const icons = iconProblems(xml, path.join(repoRoot, "assets"));
  problems.push(...icons);
  if (icons.length === 0) console.log("icons: every icon exists in assets/ at its size");

  const built = path.join(repoRoot, "dist", "web", "manifest.xml");
  if (fs.existsSync(built)) {
    const builtXml = fs.readFileSync(built, "utf8");
    const builtLint = runXmllint(built);
    if (!builtLint.missing && fs.existsSync(schemaPath)) {
      if (builtLint.ok) console.log("XSD: dist/web/manifest.xml validates");
      else problems.push(`XSD validation of dist/web/manifest.xml failed:\n${builtLint.output}`);
    }
    const urls = builtUrlProblems(builtXml, path.dirname(built));
    problems.push(...urls);
    if (urls.length === 0) console.log("dist/web: every URL of the built manifest names a file of the build");
  }

  const online = runOnline(manifestPath);
  if (online.skipped) console.log(`online validation skipped: ${online.skipped}`);
  else if (!online.ok) problems.push(`online validation failed:\n${online.output}`);
  else console.log("online validation: valid");

  for (const problem of problems) console.error(`error: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

module.exports = { undefinedResids, pngSize, iconReferences, iconProblems, runXmllint, builtUrlProblems, schemaPath };

if (require.main === module) process.exitCode = main();
