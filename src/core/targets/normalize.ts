/** Marks the start of a bulleted part after normalization. */
export const BULLET = "•";

/**
 * Character-level clean-up of a target cell before parsing: odd spaces, curly quotes, dashes,
 * ">=" / "<=", full-width percent, and line-start bullets turned into BULLET. Line breaks are kept
 * (the splitter needs them); collapseSpaces finishes each part.
 */
export function normalizeTargetText(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]/g, " ")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/>=|=>|[\u2267\u2A7E]/g, "≥")
    .replace(/<=|=<|[\u2266\u2A7D]/g, "≤")
    .replace(/\uFF05/g, "%")
    .replace(/(^|\n) *(?:[•●▪◦‣·*]|-(?= )) */g, `$1${BULLET} `);
}

/** One line, single spaces, no wrapping quotes or trailing punctuation (". ; , : !"). */
export function collapseSpaces(part: string): string {
  let text = part.replace(/\s+/g, " ").trim();
  const quoted = /^(["'])(.*)\1$/.exec(text);
  if (quoted) text = quoted[2].trim();
  return text.replace(/(?<!\bp\.a)[\s.;,:!]+$/i, "").trim();
}
