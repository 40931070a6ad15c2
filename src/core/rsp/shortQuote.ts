const LONGEST_QUOTE = 60;

/**
 * User text for a message, cut when long: a 32,767-character cell must not come back as a
 * 32,767-character problem message (which would itself not fit in a cell).
 */
export function shortQuote(text: string): string {
  return text.length > LONGEST_QUOTE ? `${text.slice(0, LONGEST_QUOTE - 1)}…` : text;
}
