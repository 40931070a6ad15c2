/**
 * The WorkPlan table for FY 2022/23: each Annex III activity once, serving every action it is
 * listed under or "See also"s, with the Members its text names.
 */
import { compareRefs, parseSeeAlso } from "../../core/actionRefs";
import type { MemberRecord, WorkPlanRecord } from "../records";
import { AWP_2022_LISTINGS, type AwpListing } from "./awpListings";
import { findMembers, MEMBERS } from "./members";

/** The listing's text as one string, pieces broken over lines joined. */
export function listingText(listing: AwpListing): string {
  return (Array.isArray(listing.text) ? listing.text.join(" ") : listing.text).replace(/\s+/g, " ").trim();
}

/** The activity without its trailing "(See also …)". */
export function withoutSeeAlso(text: string): string {
  return text.replace(/\s*\(+\s*see\s+also\b[\s\S]*$/i, "").trim();
}

/** Two texts name the same activity when they match ignoring case, punctuation and spacing. */
export function activityKey(text: string): string {
  return withoutSeeAlso(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "National workshop", "Sub-regional workshop", "Regional workshop", "Meeting" or "Other". */
export function activityType(text: string): string {
  // "workshop" must be the thing organised, not a qualifier ("Workshop Follow-Up Action Surveys").
  const workshop = String.raw`\bworkshops?(?=$|\s+(?:on|for|in|[IVX]+)\b|\s*[(.,])`;
  const scoped = (scope: string): boolean => new RegExp(String.raw`\b${scope}\b[^.]*${workshop}`, "i").test(text);
  if (scoped("sub-?regional")) return "Sub-regional workshop";
  if (scoped("national") && !/\bregional\b/i.test(text)) return "National workshop";
  if (scoped("regional")) return "Regional workshop";
  if (/\b(organi[sz]e|convene|participate in)\b[^.]*\bmeetings?\b/i.test(text)) return "Meeting";
  return "Other";
}

interface Merged {
  activity: string;
  refs: Set<string>;
  members: Set<string>;
}

function listingRefs(listing: AwpListing): string[] {
  const fixes = listing.seeAlsoFixes ?? {};
  return [listing.under, ...parseSeeAlso(listingText(listing)).map((ref) => fixes[ref] ?? ref)];
}

export function buildWorkPlan(
  listings: readonly AwpListing[],
  options: { fiscalYear: string; members?: readonly MemberRecord[]; idPrefix?: string },
): WorkPlanRecord[] {
  const members = options.members ?? MEMBERS;
  const byKey = new Map<string, Merged>();
  for (const listing of listings) {
    const text = withoutSeeAlso(listingText(listing));
    const key = activityKey(listing.sameAs ?? text);
    let merged = byKey.get(key);
    if (!merged) {
      merged = { activity: listing.sameAs ?? text, refs: new Set(), members: new Set() };
      byKey.set(key, merged);
    }
    for (const ref of listingRefs(listing)) merged.refs.add(ref);
    for (const code of findMembers(text, members)) merged.members.add(code);
  }
  return [...byKey.values()].map((merged, index) => ({
    id: `${options.idPrefix ?? "AWP"}-${String(index + 1).padStart(3, "0")}`,
    fiscalYear: options.fiscalYear,
    activity: merged.activity,
    refs: [...merged.refs].sort(compareRefs),
    members: [...merged.members],
    type: activityType(merged.activity),
    planned: null,
    status: "Planned",
    heldOn: null,
    participants: null,
    women: null,
    score: null,
  }));
}

export const AWP_2022_WORK_PLAN: WorkPlanRecord[] = buildWorkPlan(AWP_2022_LISTINGS, { fiscalYear: "2022/23" });
