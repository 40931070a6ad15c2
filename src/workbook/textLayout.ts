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

/** Excel's default font size, in which column widths (in characters) are measured. */
const DEFAULT_FONT_POINTS = 11;
/**
 * Average text characters per character of column width: proportional text runs narrower than
 * the digit "0" that widths count in. Kept low, so an estimate errs towards an extra line.
 */
const TEXT_CHARS_PER_WIDTH_CHAR = 1.1;

/** Characters of `fontSize`-point text that fit on one line of a column `width` characters wide. */
export function charactersPerLine(width: number, fontSize = DEFAULT_FONT_POINTS): number {
  // One character of the width goes to the cell's padding.
  return Math.max(1, (width - 1) * TEXT_CHARS_PER_WIDTH_CHAR * (DEFAULT_FONT_POINTS / fontSize));
}

/** Height of one line of `fontSize`-point text, in points (15 for 11-point Calibri). */
export function lineHeight(fontSize = DEFAULT_FONT_POINTS): number {
  return Math.ceil(fontSize * (LINE_HEIGHT_POINTS / DEFAULT_FONT_POINTS) * 2) / 2;
}

/** Printed width of columns given in characters: Excel draws a column 7w + 5 pixels wide at 96 dpi. */
export function columnPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + ((Math.round(w * 7) + 5) * 72) / 96, 0);
}

/** `text` broken into lines of at most `perLine` characters, word by word (long words split). */
export function wrapLines(text: string, perLine: number): string[] {
  const capacity = Math.max(1, Math.floor(perLine));
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= capacity) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
      while (line.length > capacity) {
        lines.push(line.slice(0, capacity));
        line = line.slice(capacity);
      }
    }
    lines.push(line);
  }
  return lines;
}
