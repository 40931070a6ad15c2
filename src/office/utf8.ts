/**
 * Size of a payload as it travels: the UTF-8 bytes of its JSON. Excel on the web's 5 MB limits
 * count bytes, and "–" or "≥" is one UTF-16 unit but three UTF-8 bytes
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */

/** UTF-8 byte length of a string, without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair is one 4-byte character
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of `value` serialised as JSON (undefined counts as null). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value ?? null));
}
