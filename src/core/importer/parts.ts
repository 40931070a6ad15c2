/**
 * Multi-part KPIs: a target cell holding several targets, numbered "(1) … (2) …" or run together
 * ("At least once per year At least 5 Members per year"), becomes one part per target.
 */

/** "(1) A (2) B" → ["A", "B"]; null unless the text starts at "(1)" and counts up from there. */
export function splitNumbered(text: string): string[] | null {
  const marks = [...text.matchAll(/\(\s*(\d)\s*\)/g)];
  if (marks.length < 2 || text.slice(0, marks[0].index).trim() !== "") return null;
  if (marks.some((mark, index) => Number(mark[1]) !== index + 1)) return null;
  return marks.map((mark, index) => text.slice(mark.index + mark[0].length, marks[index + 1]?.index).trim());
}

// Phrases that open a target; a capitalised one after other text starts the next target.
const TARGET_OPENER = /\s+(?=(?:At least|At most|No more than|No less than|Not more than|Not less than)\b)/;

export function splitTargets(text: string): string[] {
  const numbered = splitNumbered(text);
  if (numbered) return numbered;
  return text.split(TARGET_OPENER).map((part) => part.trim()).filter((part) => part !== "");
}

const FUNCTION_WORDS = new Set(["of", "the", "for", "and", "or", "in", "on", "to", "with", "by", "at", "a", "an", "from", "into", "per"]);

/**
 * The KPI cell cut into `count` parts to match the targets, or null when it does not cut that way.
 * Unnumbered KPI cells run their parts together ("Number of expert exchanges Number of Members
 * sharing …"): a part starts at a capitalised word that follows a lower-case content word.
 */
export function splitKpi(text: string, count: number): string[] | null {
  if (count < 2) return null;
  const numbered = splitNumbered(text);
  if (numbered) return numbered.length === count ? numbered : null;
  const words = text.split(/\s+/).filter((word) => word !== "");
  const parts: string[][] = [];
  words.forEach((word, index) => {
    const before = words[index - 1];
    const opensPart =
      index === 0 ||
      (/^[A-Z][a-z]/.test(word) && /^[a-z][a-z'-]*$/.test(before) && !FUNCTION_WORDS.has(before));
    if (opensPart) parts.push([word]);
    else parts[parts.length - 1].push(word);
  });
  return parts.length === count ? parts.map((part) => part.join(" ")) : null;
}
