import { readFrequencyWord, readNumber, readPeriod } from "../reader";
import { isRejection, type ParserResult, type Rejection } from "./types";

const TIMES = /^times?(?![a-z])\s*/i;
const STARTS_WITH_PERIOD = /^(?:every|each)\s/i;

function readTimes(text: string): { value: number; rest: string } | null {
  const word = readFrequencyWord(text);
  if (word) return word;
  const number = readNumber(text);
  const times = number && TIMES.exec(number.rest);
  if (number && times) return { value: number.value, rest: number.rest.slice(times[0].length) };
  return null;
}

/**
 * How often something happens: "once a year", "3 times per year", "three times a year",
 * "once every 2 years", "quarterly", "every quarter". A count with no unit; perMonths
 * when a period is given ("twice" alone is 2 over the whole plan).
 */
export const parseFrequency = (text: string): ParserResult => {
  const times = readTimes(text);
  if (!times) {
    const period = readPeriod(text);
    if (period === null || isRejection(period)) return period;
    const adverbOrEvery = STARTS_WITH_PERIOD.test(text) || !/^(?:per|a|an|in)\s/i.test(text);
    if (!adverbOrEvery) return null;
    return { kind: "count", value: 1, perMonths: period.value, rest: period.rest };
  }
  const period = readPeriod(times.rest);
  if (period && isRejection(period)) return period as Rejection;
  if (period) return { kind: "count", value: times.value, perMonths: period.value, rest: period.rest };
  return { kind: "count", value: times.value, rest: times.rest };
};
