import { readNumber, readPeriod, readUnit } from "../reader";
import { isRejection, type ParserResult } from "./types";

const ALL = /^all(?:\s+of)?(?:\s+the)?\s+/i;

/**
 * "All 33 Members", "all of the 12 RTCs": every one of a population, a count of 33 out of 33.
 * "All Members" without the number is refused: the count to reach cannot be read from it.
 */
export const parseAll = (text: string): ParserResult => {
  const all = ALL.exec(text);
  if (!all) return null;
  const count = readNumber(text.slice(all[0].length));
  if (!count) {
    const what = readUnit(text.slice(all[0].length)).value ?? "…";
    return { reason: `"All" needs the number of ${what}: write "All 33 ${what}" for a count, or "100% of ${what}" for a share` };
  }
  const unit = readUnit(count.rest);
  const period = readPeriod(unit.rest);
  if (period && isRejection(period)) return period;
  return {
    kind: "count",
    value: count.value,
    of: count.value,
    unit: unit.value,
    perMonths: period?.value,
    rest: period ? period.rest : unit.rest,
  };
};
