import { readPercent, readUnit, withoutOfThe } from "../reader";
import type { ParserResult } from "./types";

/** "75% of the ROCB requests", "80 percent", "at least 25% of the participations": a share. */
export const parsePercent = (text: string): ParserResult => {
  const percent = readPercent(text);
  if (!percent) return null;
  const unit = readUnit(percent.rest);
  return { kind: "share", value: percent.value, unit: withoutOfThe(unit.value), rest: unit.rest };
};
