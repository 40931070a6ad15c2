/**
 * Members are written as codes or names ("ID", "Indonesia", "indonesia"); this resolves both
 * to the Member's code so "ID" and "Indonesia" count as one Member.
 */
import type { MemberRow } from "./rows";
import { keepShape } from "./shapes";

function key(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The code of the Member a text names, from a map of codes by memberKey, or null. */
export function memberCode(codes: ReadonlyMap<string, string>, text: string): string | null {
  return codes.get(key(text)) ?? null;
}

export class MemberLookup {
  /** An instance kept for good (shapes.ts). */
  static readonly kept: MemberLookup = keepShape(new MemberLookup([]));

  /** Member codes by the key (normalized code or name) that finds them. */
  readonly codes = new Map<string, string>();

  constructor(members: readonly MemberRow[]) {
    for (const member of members) {
      if (member.code === "") continue;
      this.codes.set(key(member.code), member.code);
      if (member.name !== "") this.codes.set(key(member.name), member.code);
    }
  }

  get size(): number {
    return this.codes.size;
  }

  private readonly resolved = new Map<string, string | null>();

  /** The Member's code, or null when neither a code nor a name matches. */
  resolve(text: string): string | null {
    let code = this.resolved.get(text);
    if (code === undefined) {
      code = memberCode(this.codes, text);
      this.resolved.set(text, code);
    }
    return code;
  }

  /** A stable identity for counting distinct Members: the code when known, else the text. */
  identity(text: string): string {
    return this.resolve(text) ?? key(text);
  }
}

/** "Indonesia, Mongolia; PH" → ["Indonesia", "Mongolia", "PH"]. */
export function splitMembers(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
