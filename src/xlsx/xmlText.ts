/**
 * The small amount of XML text handling the package patcher needs: entity decoding, escaping,
 * a start tag's attributes, and OOXML's `_xHHHH_` escapes for characters XML cannot carry.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** ST_Xstring: "_x000D_" is a carriage return; "_x005F_" escapes a literal underscore sequence. */
export function decodeOoxmlString(text: string): string {
  const decoded = decodeXml(text);
  if (!decoded.includes("_x")) return decoded;
  return decoded.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "&quot;"));
}

/** Text for a cell: XML-escaped, control characters and literal `_xHHHH_` written the OOXML way. */
export function escapeCellText(text: string): string {
  const ooxml = text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
  return escapeXml(ooxml);
}

/** Attributes of a start tag's text (`<c r="A1" s="3">` or just `r="A1" s="3"`), names as written. */
export function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(tag)) !== null) attributes[match[1]] = decodeXml(match[3] ?? match[4] ?? "");
  return attributes;
}

const attributePatterns = new Map<string, RegExp>();

/** One attribute's value in a start tag, without parsing the others. */
export function attributeOf(tag: string, name: string): string | null {
  // The usual spelling first (name="value"), without a regular expression.
  const plain = tag.indexOf(` ${name}="`);
  if (plain >= 0) {
    const start = plain + name.length + 3;
    const value = tag.slice(start, tag.indexOf('"', start));
    return value.includes("&") ? decodeXml(value) : value;
  }
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? decodeXml(match[2] ?? match[3] ?? "") : null;
}

/** The tag with `name` set to `value` (added before the tag's end when missing). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** The tag without attribute `name`. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** The text of every `<t>` run in a string item (`<si>` or `<is>`), phonetic runs left out. */
export function stringItemText(inner: string, prefix = ""): string {
  const withoutPhonetic = inner.includes("rPh") ? inner.replace(new RegExp(`<${prefix}rPh[\\s>][\\s\\S]*?</${prefix}rPh>`, "g"), "") : inner;
  const runs = new RegExp(`<${prefix}t(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}t>|<${prefix}t(?:\\s[^>]*)?/>`, "g");
  let text = "";
  let match: RegExpExecArray | null;
  while ((match = runs.exec(withoutPhonetic)) !== null) text += match[1] ?? "";
  return decodeOoxmlString(text);
}
