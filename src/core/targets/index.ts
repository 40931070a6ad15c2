/**
 * Free-text target parser (DESIGN.md §3): "At least 27/33 Members", "twice per year",
 * "(1) At least 27 Members(2) 6 new contracting parties" … into TargetParts.
 *
 * Conventions (relied on by the engine and the JSON the command line tool prints):
 * - comparator ">=" for "At least", "≥", "minimum of", "or more" and bare numbers; "<=" for
 *   "At most", "No more than", "≤", "maximum of", "or fewer". "up to", "more than", "about" are
 *   errors: a person cannot tell a ceiling from a goal or a strict from an inclusive bound.
 * - unit is the noun phrase after the number ("Members", "new contracting parties"); for shares the
 *   phrase after "of the" ("ROCB requests"). Frequencies ("twice per year") have no unit.
 * - perMonths only on rates: counts per period, and growth with a period ("annual growth").
 * - shares are fractions (0.75 for 75%) and never above 1; growth may exceed 100%.
 * - optional keys are omitted, never undefined.
 */
import { isFailure, type ParseFailure, type TargetParseResult, type TargetPart } from "../types";
import { EXAMPLES, PLACEHOLDERS } from "./constants";
import { leftoverMessage, quote, reasonMessage, unreadableMessage, type Place } from "./messages";
import { normalizeTargetText } from "./normalize";
import { readParts } from "./partReader";
import { splitWrittenParts } from "./splitter";

/** Longer than any real target cell; keeps parsing time bounded on pasted paragraphs. */
const LONGEST_TARGET = 500;

function parseWrittenPart(place: Place): TargetPart[] | ParseFailure {
  const outcome = readParts(place.text);
  if ("parts" in outcome) return outcome.parts;
  if ("reason" in outcome) return { error: reasonMessage(place, outcome.reason) };
  if ("leftover" in outcome) return { error: leftoverMessage(place, outcome.leftover, outcome.after) };
  return { error: unreadableMessage(place) };
}

function parse(text: string): TargetParseResult {
  if (typeof text !== "string") return { error: `The target must be text, not ${typeof text}` };
  if (text.length > LONGEST_TARGET) {
    return { error: `The target is ${text.length} characters long: expected a short target such as ${EXAMPLES}` };
  }
  const written = splitWrittenParts(normalizeTargetText(text));
  if (written.length === 0) return { error: `The target is empty: expected a number such as ${EXAMPLES}` };
  if (written.length === 1 && PLACEHOLDERS.has(written[0].toLowerCase())) {
    return { error: `The target ${quote(written[0])} is not set yet: expected a number such as ${EXAMPLES}` };
  }
  const parts: TargetPart[] = [];
  for (const [index, partText] of written.entries()) {
    const place: Place = written.length > 1 ? { text: partText, part: index + 1 } : { text: partText };
    const result = parseWrittenPart(place);
    if (isFailure(result)) return result;
    parts.push(...result);
  }
  return { parts };
}

/** Parses a target cell. Never throws: anything unreadable is an error value saying what was expected. */
export function parseTarget(text: string): TargetParseResult {
  try {
    return parse(text);
  } catch {
    return { error: `Internal error while reading target ${quote(String(text))}: please report this target` };
  }
}

/**
 * The part a Plan row measures: a one-part target serves any Part; a multi-part target gives its
 * part-th part (1-based) or a failure saying which Parts exist.
 */
export function targetPartFor(result: TargetParseResult, part: number): TargetPart | ParseFailure {
  if (isFailure(result)) return result;
  const { parts } = result;
  if (parts.length === 1) return parts[0];
  if (Number.isInteger(part) && part >= 1 && part <= parts.length) return parts[part - 1];
  return {
    error: `This target has ${parts.length} parts: Part must be a whole number from 1 to ${parts.length}, not ${String(part)}`,
  };
}
