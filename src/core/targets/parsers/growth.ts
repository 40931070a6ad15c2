import { readPercent, readPeriod, readUnit } from "../reader";
import { isRejection, type ParserResult } from "./types";

const GROWTH = /^(?:(annual|yearly|year-on-year|year-over-year|quarterly|monthly)\s+)?(?:growth|increase|rise)(?![a-z])\s*/i;
const RATE_ADJECTIVE_MONTHS: Readonly<Record<string, number>> = {
  annual: 12,
  yearly: 12,
  "year-on-year": 12,
  "year-over-year": 12,
  quarterly: 3,
  monthly: 1,
};
const OF_OR_IN = /^(?:of|in)(?:\s+the)?\s+/i;

/**
 * "20% annual growth of female Head of delegation", "10% increase in participants per year".
 * A growth with a period ("annual", "per year") is a rate, so it keeps perMonths.
 */
export const parseGrowth = (text: string): ParserResult => {
  const percent = readPercent(text);
  if (!percent) return null;
  const growth = GROWTH.exec(percent.rest);
  if (!growth) return null;
  let perMonths = growth[1] ? RATE_ADJECTIVE_MONTHS[growth[1].toLowerCase()] : undefined;
  let rest = percent.rest.slice(growth[0].length);
  const ofOrIn = OF_OR_IN.exec(rest);
  const unit = ofOrIn ? readUnit(rest.slice(ofOrIn[0].length)) : { value: undefined, rest };
  rest = unit.rest;
  const period = readPeriod(rest);
  if (period && isRejection(period)) return period;
  if (period) {
    if (perMonths !== undefined && perMonths !== period.value) {
      return { reason: `the growth says "${growth[1]}" and also "${rest.slice(0, rest.length - period.rest.length).trim()}": write one period` };
    }
    perMonths = period.value;
    rest = period.rest;
  }
  return { kind: "growth", value: percent.value, unit: unit.value, perMonths, rest };
};
