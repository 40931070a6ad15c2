import { readNumber, readPeriod, readSuffixComparator, readUnit } from "../reader";
import { isRejection, type ParserResult } from "./types";

const OUT_OF = /^(?:\/|out\s+of(?![a-z])|of(?![a-z]))\s*/i;
/** "4/5 average", "4.5 out of 5 on average", "4/5 average score": a score on a scale, not a count. */
const AVERAGE_WORDS = /^(?:on\s+)?(?:an?\s+)?(?:average|mean)(?:\s+(?:score|rating|grade))?$/i;

/**
 * A count out of a population: "27/33 Members", "≥ 30 of 33", "4 out of 5", "5/33 Members per year";
 * an average when the words after it say so ("4/5 average").
 */
export const parseRatio = (text: string): ParserResult => {
  const count = readNumber(text);
  if (!count) return null;
  const outOf = OUT_OF.exec(count.rest);
  if (!outOf) return null;
  const population = readNumber(count.rest.slice(outOf[0].length));
  if (!population) return null;
  let rest = population.rest;
  const suffix = readSuffixComparator(rest);
  if (suffix) rest = suffix.rest;
  const unit = readUnit(rest);
  if (unit.value && /^of(?![a-z])/i.test(unit.value)) {
    return {
      reason: `"${text.slice(0, text.length - rest.length).trim()} of" could be a count or a share: write "27/33 Members" for a count, or "one half of …" / "50% of …" for a share`,
    };
  }
  rest = unit.rest;
  if (unit.value && AVERAGE_WORDS.test(unit.value)) {
    return { kind: "average", value: count.value, of: population.value, comparator: suffix?.value, rest };
  }
  const period = readPeriod(rest);
  if (period && isRejection(period)) return period;
  return {
    kind: "count",
    value: count.value,
    of: population.value,
    unit: unit.value,
    perMonths: period?.value,
    comparator: suffix?.value,
    rest: period ? period.rest : rest,
  };
};
