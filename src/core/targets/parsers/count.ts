import { readNumber, readPeriod, readSuffixComparator, readUnit } from "../reader";
import type { Comparator } from "../../types";
import { isRejection, type ParserResult } from "./types";

/**
 * A plain count, optionally per period: "28 MRA", "10 success stories", "6 new contracting parties",
 * "1,200 participants", "5 Members per year", "5 or more workshops", "2 complaints or fewer".
 */
export const parseCount = (text: string): ParserResult => {
  const count = readNumber(text);
  if (!count) return null;
  let rest = count.rest;
  let comparator: Comparator | undefined;
  const before = readSuffixComparator(rest);
  if (before) {
    comparator = before.value;
    rest = before.rest;
  }
  const unit = readUnit(rest);
  rest = unit.rest;
  const after = readSuffixComparator(rest);
  if (after) {
    if (comparator && comparator !== after.value) return { reason: "it says both \"or more\" and \"or fewer\"" };
    comparator = after.value;
    rest = after.rest;
  }
  const period = readPeriod(rest);
  if (period && isRejection(period)) return period;
  return {
    kind: "count",
    value: count.value,
    unit: unit.value,
    perMonths: period?.value,
    comparator,
    rest: period ? period.rest : rest,
  };
};
