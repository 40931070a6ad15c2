/**
 * Action references: "pillar-letters" such as "1-a", "1-dd", "3-k" (DESIGN.md §2).
 * Plans letter their actions a … z, then aa, bb … zz. Text copied from PDFs writes them in
 * many ways ("1-(b)", "1 - B", "1-AA", "I)" for "l)"); everything here turns them into the
 * canonical lower-case form.
 */
import type { ParseFailure } from "./types";
import { shortQuote } from "./rsp/shortQuote";
import { BoundedCache } from "./parseCache";
import { intern } from "./intern";

/**
 * One letter marker ("b", "dd", "P", "I") → canonical letters, or null when it is not one.
 * A capital "I" is read as "l": PDF text of these plans prints every "l)" as "I)", while
 * a real "i" is always printed lower case.
 */
export function normalizeLetters(token: string): string | null {
  if (typeof token !== "string") return null;
  const text = token.trim();
  if (!/^[A-Za-z]{1,2}$/.test(text)) return null;
  if (text.length === 2 && text[0].toLowerCase() !== text[1].toLowerCase()) return null;
  return text.replace(/I/g, "l").toLowerCase();
}

// "\s*(?:\(\s*)?" rather than "\s*\(?\s*": two spaces-patterns side by side share a long run of
// spaces in every possible way, which made "1-" followed by 16,000 spaces take a second.
const REF_PATTERN = /^(\d{1,2})\s*[-–]\s*(?:\(\s*)?([A-Za-z]{1,2})\s*\)?$/;
const LETTERS_ONLY_PATTERN = /^\(?\s*([A-Za-z]{1,2})\s*\)?$/;

/**
 * "1-a", "1-(b)", "1 - B", "1-AA" → "1-a", "1-b", "1-b", "1-aa". A bare letter marker
 * ("l)", "(dd)") becomes a ref only when `pillar` says which pillar it belongs to.
 * Returns null for anything that is not a reference.
 */
export function normalizeRef(text: string, pillar?: number): string | null {
  if (typeof text !== "string") return null;
  const trimmed = text.trim();
  const full = REF_PATTERN.exec(trimmed);
  if (full) {
    const letters = normalizeLetters(full[2]);
    const pillarNumber = Number(full[1]);
    return letters && pillarNumber > 0 ? `${pillarNumber}-${letters}` : null;
  }
  if (pillar === undefined) return null;
  const bare = LETTERS_ONLY_PATTERN.exec(trimmed);
  if (!bare) return null;
  const letters = normalizeLetters(bare[1]);
  return letters && Number.isInteger(pillar) && pillar > 0 ? `${pillar}-${letters}` : null;
}

/**
 * normalizeRef for the Ref cells of a plan, each distinct text read once and kept between
 * recalculations. Each Ref comes back as the same string every time, so the Sets and Maps keyed
 * by Refs hash it once, not once per recalculation.
 */
const normalizedRefs = new BoundedCache<string | null>(16_384);

export function normalizeRefCached(text: string): string | null {
  return normalizedRefs.get(text, (key) => normalizeRef(key));
}

/** A Refs-list token read as a Ref: its pillar (carried over to bare letters after it) and canonical text. */
interface RefToken {
  pillar: number;
  ref: string;
}

type RefTokenReader = (token: string, pillar: number | undefined) => RefToken | null;

const REF_LIST_SEPARATOR = /[,;]|\band\b/;

function readRefToken(token: string, pillar: number | undefined): RefToken | null {
  const ref = normalizeRef(token, pillar);
  return ref === null ? null : { pillar: Number(ref.slice(0, ref.indexOf("-"))), ref };
}

function readRefList(text: string, readToken: RefTokenReader): string[] | ParseFailure {
  if (text === null || text === undefined) return [];
  if (typeof text !== "string") {
    return { error: `a ${typeof text} is not an action reference: expected refs such as 1-a, 1-dd, 3-k separated by commas` };
  }
  const refs = new Set<string>();
  let pillar: number | undefined;
  for (const piece of text.split(REF_LIST_SEPARATOR)) {
    const token = piece.trim();
    if (token.length === 0) continue;
    const read = readToken(token, pillar);
    if (read === null) {
      return {
        error: `"${shortQuote(token)}" is not an action reference: expected refs such as 1-a, 1-dd, 3-k separated by commas`,
      };
    }
    pillar = read.pillar;
    refs.add(read.ref);
  }
  return [...refs];
}

/**
 * A WorkPlan "Refs" cell → refs in the order written, without repeats.
 * Accepts "1-a, 1-b, 1-dd, 3-k", ";" as separator, no spaces, "and", and a pillar carried
 * over to bare letters: "1-(a), (b)" → 1-a, 1-b. An empty cell is an empty list.
 */
export function parseRefList(text: string): string[] | ParseFailure {
  return readRefList(text, readRefToken);
}

/**
 * Canonical Refs numbered in the order first read, for callers that fold many rows per Ref into
 * arrays indexed by number instead of a Map lookup per row and Ref. Only canonical Refs (what
 * normalizeRef returns) get numbers, and there are at most 99 pillars × 52 letterings of them.
 */
const refIdOf = new Map<string, number>();
const refOfId: string[] = [];

function refId(ref: string): number {
  return intern(refOfId, refIdOf, ref);
}

/** The number of a canonical Ref a Refs list has named so far, or -1. */
export function knownRefId(ref: string): number {
  return refIdOf.get(ref) ?? -1;
}

/** The number of a Ref, given one now when it is canonical and has none yet; -1 when it is not a Ref. */
export function refIdOfRef(ref: string): number {
  const id = knownRefId(ref);
  if (id >= 0) return id;
  return normalizeRef(ref) === ref ? refId(ref) : -1;
}

/** How many Refs have numbers: every number is below this. */
export function refIdCount(): number {
  return refOfId.length;
}

/** A Refs list as read: its Refs in the order written (frozen) and their numbers (knownRefId). */
export interface RefList {
  readonly refs: readonly string[];
  readonly ids: Int32Array;
}

/** Refs lists read so far, by cell text: a work plan at 5,000 KPIs writes about 30,000 distinct ones. */
const refLists = new BoundedCache<RefList | ParseFailure>(65_536);
/** Refs-list tokens read so far, by the pillar carried over to them and the token. */
const refTokens = new BoundedCache<RefToken | null>(16_384);

/** True when a token starts with a digit: it names its own pillar ("3-k"), so the one carried over does not matter. */
function namesPillar(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 48 && code <= 57;
}

const readCachedToken: RefTokenReader = (token, pillar) =>
  // Bare letters such as "(b)" depend on the pillar carried over to them; keyed by it too, a
  // plan of 80 pillars would need 80 entries per Ref and the cache would never hit.
  refTokens.get(namesPillar(token) ? token : `${pillar ?? ""}|${token}`, () => readRefToken(token, pillar));

function readFrozenRefList(text: string): RefList | ParseFailure {
  const read = readRefList(text, readCachedToken);
  if (!Array.isArray(read)) return Object.freeze(read);
  const ids = new Int32Array(read.length);
  for (let i = 0; i < read.length; i += 1) ids[i] = refId(read[i]);
  return Object.freeze({ refs: Object.freeze(read), ids });
}

/**
 * parseRefList for the many Refs cells of a work plan, each distinct text read once and kept
 * between recalculations (src/core/parseCache.ts), with the numbers of its Refs. Shared: never
 * modify the ids.
 */
export function readRefIdsCached(text: string): RefList | ParseFailure {
  return refLists.get(text, readFrozenRefList);
}

/**
 * parseRefList for the many Refs cells of a work plan, each distinct text read once and kept
 * between recalculations (src/core/parseCache.ts). The list returned is shared and frozen.
 */
export function readRefListCached(text: string): readonly string[] | ParseFailure {
  const read = readRefIdsCached(text);
  return "refs" in read ? read.refs : read;
}

/** readRefListCached as an object, for callers that hold a reader. */
export class RefListReader {
  read(text: string): readonly string[] | ParseFailure {
    return readRefListCached(text);
  }
}

// One token of a "See also" list: "1-(b)", "1- (b)", "3-k", "(dd)", or a separator.
const SEE_ALSO_TOKEN = /\s*(?:(\d{1,2})\s*[-–]\s*(?:\(\s*([A-Za-z]{1,2})\s*\)|([A-Za-z]{1,2})\b)|\(\s*([A-Za-z]{1,2})\s*\)|(,|\band\b))/y;

/**
 * Refs named in "(See also 1-(b), (c), (dd), (gg) and (hh))" phrases anywhere in `text`,
 * in the order written, without repeats. Letters after a pillar belong to that pillar
 * until the next pillar number: "(See also 1-(d), (u) and 3-(k))" → 1-d, 1-u, 3-k.
 * Pillars are numbered from 1: "0-(b)" ends the list, as any other unreadable token does.
 */
export function parseSeeAlso(text: string): string[] {
  if (typeof text !== "string") return [];
  const refs = new Set<string>();
  const seeAlso = /see\s+also/gi;
  let found: RegExpExecArray | null;
  while ((found = seeAlso.exec(text)) !== null) {
    SEE_ALSO_TOKEN.lastIndex = found.index + found[0].length;
    let pillar: number | undefined;
    let token: RegExpExecArray | null;
    while ((token = SEE_ALSO_TOKEN.exec(text)) !== null) {
      if (token[5] !== undefined) continue;
      if (token[1] !== undefined) pillar = Number(token[1]);
      if (pillar === undefined || pillar < 1) break;
      const letters = normalizeLetters(token[2] ?? token[3] ?? token[4]);
      if (letters === null) break;
      refs.add(`${pillar}-${letters}`);
    }
  }
  return [...refs];
}

/** Letters in plan order: a … z, then aa … zz. */
export function letterIndex(letters: string): number {
  const code = letters.charCodeAt(0) - 97;
  return (letters.length - 1) * 26 + code;
}

/** 0 → "a", 25 → "z", 26 → "aa", 36 → "kk". */
export function lettersAt(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

/** Sort order of refs in a plan: by pillar, then a … z, aa … zz. Unknown shapes sort last. */
export function compareRefs(a: string, b: string): number {
  const key = (ref: string): [number, number] => {
    const match = /^(\d+)-([a-z]{1,2})$/.exec(ref);
    return match ? [Number(match[1]), letterIndex(match[2])] : [Number.MAX_SAFE_INTEGER, 0];
  };
  const [pa, la] = key(a);
  const [pb, lb] = key(b);
  return pa !== pb ? pa - pb : la !== lb ? la - lb : a.localeCompare(b);
}
