/**
 * npm run validate: checks manifest.xml offline (XSD via xmllint, every resid defined, every
 * icon present in assets/ at its declared size), then online with office-addin-manifest where
 * the network allows. Exits non-zero on any real problem.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { schemaWithRuntimes } = require("./manifest-schema-runtimes");

const repoRoot = path.resolve(__dirname, "..");
// MANIFEST_SCHEMAS_DIR: for a checkout that does not sit next to ../shared (a git worktree).
const schemaDir = process.env.MANIFEST_SCHEMAS_DIR || path.resolve(repoRoot, "..", "shared", "manifest-schemas");
const schemaPath = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

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

  const online = runOnline(manifestPath);
  if (online.skipped) console.log(`online validation skipped: ${online.skipped}`);
  else if (!online.ok) problems.push(`online validation failed:\n${online.output}`);
  else console.log("online validation: valid");

  for (const problem of problems) console.error(`error: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

module.exports = { undefinedResids, pngSize, iconReferences, iconProblems, runXmllint, schemaPath };

if (require.main === module) process.exitCode = main();
