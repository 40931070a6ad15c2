import type { Comparator, TargetKind } from "../../types";

/** What a pattern parser read from the start of a target part, and the text after it. */
export interface Quantity {
  kind: TargetKind;
  value: number;
  of?: number;
  unit?: string;
  perMonths?: number;
  /** Set when the phrase carries its own comparator ("5 or more", "average of at least 4"). */
  comparator?: Comparator;
  rest: string;
}

/** The text matched this parser's pattern but cannot be a target; `reason` says why. */
export interface Rejection {
  reason: string;
}

/** null: not this parser's phrasing, let the next one try. */
export type ParserResult = Quantity | Rejection | null;

export type QuantityParser = (text: string) => ParserResult;

export function isRejection(result: object): result is Rejection {
  return typeof (result as Rejection).reason === "string";
}
