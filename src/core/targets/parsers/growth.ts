import { readComparator, readPercent, readPeriod, readUnit } from "../reader";
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

/** "Increase", "annual growth", "grow" at the start of a target: the percentage follows. */
const GROWTH_FIRST = /^(?:an?\s+)?(?:(annual|yearly|year-on-year|year-over-year|quarterly|monthly)\s+)?(?:increase|growth|rise|grow|raise)(?![a-z])\s*/i;
const BY_OR_OF = /^(?:by|of)\s+/i;
const BY = /\sby\s+/i;

/**
 * "Increase by 10%", "Annual growth of 20% in participants", "Increase participation of women
 * by 10% per year": the verb or noun first, then "by"/"of" and the percentage. Words between
 * the verb and "by" are the unit, unless they hold a number (then it is not this phrasing).
 */
function parseGrowthFirst(text: string): ParserResult {
  const growth = GROWTH_FIRST.exec(text);
  if (!growth) return null;
  const after = text.slice(growth[0].length);
  let unit: string | undefined;
  let percentText: string;
  const byOrOf = BY_OR_OF.exec(after);
  if (byOrOf) {
    percentText = after.slice(byOrOf[0].length);
  } else {
    const by = BY.exec(after);
    if (!by || /\d/.test(after.slice(0, by.index))) return null;
    unit = after.slice(0, by.index).trim() || undefined;
    percentText = after.slice(by.index + by[0].length);
  }
  const comparator = readComparator(percentText);
  if (comparator && isRejection(comparator)) return comparator;
  const percent = readPercent(comparator ? comparator.rest : percentText);
  if (!percent) return null;
  let rest = percent.rest;
  if (unit === undefined) {
    const ofOrIn = OF_OR_IN.exec(rest);
    if (ofOrIn) {
      const read = readUnit(rest.slice(ofOrIn[0].length));
      unit = read.value;
      rest = read.rest;
    }
  }
  let perMonths = growth[1] ? RATE_ADJECTIVE_MONTHS[growth[1].toLowerCase()] : undefined;
  const period = readPeriod(rest);
  if (period && isRejection(period)) return period;
  if (period) {
    if (perMonths !== undefined && perMonths !== period.value) return { reason: `the growth says "${growth[1]}" and also a period: write one period` };
    perMonths = period.value;
    rest = period.rest;
  }
  return { kind: "growth", value: percent.value, unit, perMonths, comparator: comparator?.value, rest };
}

/**
 * "20% annual growth of female Head of delegation", "10% increase in participants per year";
 * or the growth first: "Increase by 10%".
 * A growth with a period ("annual", "per year") is a rate, so it keeps perMonths.
 */
export const parseGrowth = (text: string): ParserResult => {
  const percent = readPercent(text);
  if (!percent) return parseGrowthFirst(text);
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
