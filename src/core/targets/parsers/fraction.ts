import { readFraction, readUnit, withoutOfThe } from "../reader";
import type { ParserResult } from "./types";

/** "one half of the requested missions", "two thirds", "a quarter of the Members": a share. */
export const parseFraction = (text: string): ParserResult => {
  const fraction = readFraction(text);
  if (!fraction) return null;
  const unit = readUnit(fraction.rest);
  return { kind: "share", value: fraction.value, unit: withoutOfThe(unit.value), rest: unit.rest };
};
