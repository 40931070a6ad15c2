import { readComparator, readNumber, readUnit } from "../reader";
import type { Comparator } from "../../types";
import { isRejection, type ParserResult } from "./types";

const AVERAGE = /^(?:an?\s+)?(?:average|mean)(?:\s+(?:score|rating|grade|evaluation|satisfaction)(?:\s+score)?)?(?:\s+of)?\s*/i;
const OUT_OF = /^(?:\/|out\s+of(?![a-z])|of(?![a-z]))\s*/i;

/** "average of 4 out of 5", "an average score of at least 4.2/5", "mean of 3". */
export const parseAverage = (text: string): ParserResult => {
  const lead = AVERAGE.exec(text);
  if (!lead) return null;
  let rest = text.slice(lead[0].length);
  let comparator: Comparator | undefined;
  const inner = readComparator(rest);
  if (inner && isRejection(inner)) return inner;
  if (inner) {
    comparator = inner.value;
    rest = inner.rest;
  }
  const score = readNumber(rest);
  if (!score) return { reason: 'expected the average\'s number, as in "average of 4 out of 5"' };
  rest = score.rest;
  let of: number | undefined;
  const outOf = OUT_OF.exec(rest);
  if (outOf) {
    const scale = readNumber(rest.slice(outOf[0].length));
    if (!scale) return { reason: 'expected the scale after "out of", as in "average of 4 out of 5"' };
    of = scale.value;
    rest = scale.rest;
  }
  const unit = readUnit(rest);
  return { kind: "average", value: score.value, of, unit: unit.value, comparator, rest: unit.rest };
};
