/** A text's number in a table of distinct texts, the text added (at the end) when it is new. */
export function intern(texts: string[], indexOf: Map<string, number>, text: string): number {
  let index = indexOf.get(text);
  if (index === undefined) {
    index = texts.length;
    texts.push(text);
    indexOf.set(text, index);
  }
  return index;
}
