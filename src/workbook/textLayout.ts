/**
 * How wrapped text lays out in a cell, estimated from the column width (which Excel counts in
 * characters). Neither Excel nor LibreOffice grows a row to fit wrapped text when it opens a
 * file, so the sheets the add-in writes set those heights themselves.
 */

/** Points per line of 11-point text, as Excel draws it. */
export const LINE_HEIGHT_POINTS = 15;

/** How many lines `text` takes when wrapped, word by word, into lines of at most `perLine` characters. */
export function wrappedLineCount(text: string, perLine: number): number {
  const capacity = Math.max(1, Math.floor(perLine));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line is broken across lines.
      lines += Math.ceil(word.length / capacity) - 1;
      used = word.length % capacity || capacity;
    }
  }
  return lines;
}
