/**
 * The 33 Members of the WCO Asia/Pacific region, by sub-region, as the "Contact points" table
 * of the seed lists them (names as written there), with ISO 3166-1 alpha-2 codes.
 */
import type { MemberRecord } from "../records";

export const SUBREGIONS: ReadonlyArray<{ code: string; name: string }> = [
  { code: "ECWA", name: "East, Central and West Asia" },
  { code: "PI", name: "Pacific Islands" },
  { code: "SA", name: "South Asia" },
  { code: "SEA", name: "Southeast Asia" },
];

const member = (code: string, name: string, subregion: string): MemberRecord => ({ code, name, subregion });

export const MEMBERS: MemberRecord[] = [
  member("AF", "Afghanistan", "ECWA"),
  member("CN", "China", "ECWA"),
  member("HK", "Hong Kong, China", "ECWA"),
  member("IR", "Iran", "ECWA"),
  member("JP", "Japan", "ECWA"),
  member("KR", "Korea", "ECWA"),
  member("MO", "Macao China", "ECWA"),
  member("MN", "Mongolia", "ECWA"),
  member("PK", "Pakistan", "ECWA"),
  member("AU", "Australia", "PI"),
  member("FJ", "Fiji", "PI"),
  member("NZ", "New Zealand", "PI"),
  member("PG", "Papua New Guinea", "PI"),
  member("WS", "Samoa", "PI"),
  member("TL", "Timor-Leste", "PI"),
  member("TO", "Tonga", "PI"),
  member("VU", "Vanuatu", "PI"),
  member("BD", "Bangladesh", "SA"),
  member("BT", "Bhutan", "SA"),
  member("IN", "India", "SA"),
  member("MV", "Maldives", "SA"),
  member("NP", "Nepal", "SA"),
  member("LK", "Sri Lanka", "SA"),
  member("BN", "Brunei Darussalam", "SEA"),
  member("KH", "Cambodia", "SEA"),
  member("ID", "Indonesia", "SEA"),
  member("LA", "Lao PDR", "SEA"),
  member("MY", "Malaysia", "SEA"),
  member("PH", "Philippines", "SEA"),
  member("SG", "Singapore", "SEA"),
  member("TH", "Thailand", "SEA"),
  member("MM", "Union of Myanmar", "SEA"),
  member("VN", "Vietnam", "SEA"),
];

/** Other ways plans and reports write a Member's name, by code. */
export const MEMBER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ["People's Republic of China", "PRC"],
  HK: ["Hong Kong China", "Hong Kong SAR", "Hong Kong"],
  IR: ["Islamic Republic of Iran", "Iran (Islamic Republic of)"],
  KR: ["Republic of Korea", "Korea, Republic of", "Korea (Republic of)", "South Korea"],
  MO: ["Macao, China", "Macau, China", "Macau China", "Macao", "Macau", "Macao SAR"],
  PG: ["PNG"],
  WS: ["Western Samoa"],
  TL: ["Timor Leste", "East Timor"],
  BN: ["Brunei"],
  LA: ["Laos", "Lao", "Lao People's Democratic Republic", "Lao P.D.R."],
  MM: ["Myanmar", "Burma"],
  VN: ["Viet Nam"],
};

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();
}

/** Every name a Member goes by (code, table name, aliases) → its code, longest names first. */
function memberNames(members: readonly MemberRecord[]): Array<{ name: string; code: string }> {
  const names: Array<{ name: string; code: string }> = [];
  for (const { code, name } of members) {
    names.push({ name: comparable(name), code });
    for (const alias of MEMBER_ALIASES[code] ?? []) names.push({ name: comparable(alias), code });
  }
  return names.sort((a, b) => b.name.length - a.name.length);
}

/**
 * One Member written as a code or name ("ID", "Indonesia", "Viet Nam", "Hong Kong, China")
 * → its code in `members`, or null when it names no Member. Case and punctuation are ignored.
 */
export function resolveMember(text: string, members: readonly MemberRecord[] = MEMBERS): string | null {
  const wanted = comparable(text);
  if (wanted === "") return null;
  const byCode = members.find((candidate) => candidate.code.toLowerCase() === wanted);
  if (byCode) return byCode.code;
  return memberNames(members).find((candidate) => candidate.name === wanted)?.code ?? null;
}

/**
 * Members named anywhere in a sentence ("… for Indonesia, Mongolia, Sri Lanka and Vietnam"),
 * as codes in the order they appear. Codes are not searched for: "ID" or "IN" in prose are words.
 */
export function findMembers(text: string, members: readonly MemberRecord[] = MEMBERS): string[] {
  let rest = ` ${comparable(text)} `;
  const found: Array<{ at: number; code: string }> = [];
  for (const { name, code } of memberNames(members)) {
    let at = rest.indexOf(` ${name} `);
    while (at >= 0) {
      if (!found.some((hit) => hit.code === code)) found.push({ at, code });
      // Blank the match so "Hong Kong China" is not also read as "China".
      rest = rest.slice(0, at + 1) + "#".repeat(name.length) + rest.slice(at + 1 + name.length);
      at = rest.indexOf(` ${name} `);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((hit) => hit.code);
}
