/** The shared string table's texts in order (rich text runs joined, phonetic runs left out). */
import { stringItemText } from "./xmlText";

export function parseSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const prefix = /<(\w+:)?sst[\s>]/.exec(xml)?.[1] ?? "";
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  let pos = 0;
  for (;;) {
    const start = xml.indexOf(open, pos);
    if (start < 0) break;
    const next = xml[start + open.length];
    if (next !== ">" && next !== " " && next !== "/") {
      pos = start + open.length;
      continue;
    }
    const openEnd = xml.indexOf(">", start) + 1;
    if (xml.charCodeAt(openEnd - 2) === 47) {
      strings.push("");
      pos = openEnd;
      continue;
    }
    const end = xml.indexOf(close, openEnd);
    strings.push(stringItemText(xml.slice(openEnd, end), prefix));
    pos = end + close.length;
  }
  return strings;
}
