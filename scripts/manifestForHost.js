/**
 * The manifest for where the add-in is hosted. Pure: text in, text out.
 *
 * Every "https://localhost:<port>/..." URL becomes the same path under ADDIN_URL, whatever
 * element holds it (SourceLocation, icons, bt:Url resources, a function file, support and
 * learn-more URLs, ones added later), and every bare "https://localhost:<port>" (an AppDomain)
 * becomes ADDIN_URL's origin. The Version follows package.json.
 */

const LOCAL_URL = /https:\/\/localhost:\d+\//g;
const LOCAL_ORIGIN = /https:\/\/localhost:\d+(?=[<"\s])/g;

/** ADDIN_URL checked and normalised (ending in "/"); throws an Error saying what is wrong. */
function parseAddinUrl(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`ADDIN_URL "${value}" is not a URL. Give the https address the files of dist/web/ will be served from, e.g. https://addins.example.org/kpi-tracker/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS), not "${value}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_URL must be a plain folder address without query, fragment or credentials, not "${value}".`);
  }
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { href, origin: url.origin };
}

/** "0.1.0" -> "0.1.0.0": the manifest's Version has four numbers. */
function manifestVersion(packageVersion) {
  const parts = String(packageVersion).split("-")[0].split(".").map((p) => Number(p));
  if (parts.length > 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 65535)) {
    throw new Error(`package.json version "${packageVersion}" cannot be a manifest Version (up to four numbers, 0-65535).`);
  }
  while (parts.length < 4) parts.push(0);
  return parts.join(".");
}

function withVersion(xml, packageVersion) {
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
}

/** The manifest served from `addinUrl`, at `packageVersion`. */
function manifestForHost(xml, { addinUrl, packageVersion }) {
  const { href, origin } = parseAddinUrl(addinUrl);
  const rewritten = withVersion(xml, packageVersion).replace(LOCAL_URL, href).replace(LOCAL_ORIGIN, origin);
  const left = /https?:\/\/localhost[^"<\s]*/.exec(rewritten);
  if (left) throw new Error(`The manifest still names ${left[0]} after rewriting for ${href}.`);
  return rewritten;
}

/** Every URL the manifest gives Office: attribute values and element texts, not comments (those are for people). */
function manifestUrls(xml) {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  return [...withoutComments.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((url) => !/schemas\.microsoft\.com|www\.w3\.org/.test(url));
}

module.exports = { manifestForHost, manifestVersion, withVersion, parseAddinUrl, manifestUrls };
