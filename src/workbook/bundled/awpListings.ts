/**
 * The ROCB A/P Annual Work Plan 2022-2023 (Annex III of the seed) as the annex lists it: every
 * activity under every action it is listed under, text as written, "(See also …)" included.
 * The same workshop appears under several actions; awp2022.ts merges the listings into one
 * activity each. Texts the extraction broke over lines are kept as their pieces.
 */

export interface AwpListing {
  /** The action the activity is listed under. */
  under: string;
  /** As written; pieces of a text broken over lines are joined with a space. */
  text: string | string[];
  /**
   * The activity this listing restates in other words (the text, without "See also", of its
   * first listing): "Conduct a national workshop on AEO for Tonga" is one of the national AEO
   * workshops for Bhutan, Maldives and Tonga.
   */
  sameAs?: string;
  /**
   * Refs in this listing's "See also" that name the wrong action, with the right one. The 3-k
   * and 3-b listings use an older lettering of pillar 1 (v→y, y→dd, aa→ee, dd→gg, ee→hh, gg→jj):
   * the same activities listed elsewhere in the annex confirm each correction.
   */
  seeAlsoFixes?: Record<string, string>;
}

const at = (under: string, text: string | string[], extra: Omit<AwpListing, "under" | "text"> = {}): AwpListing => ({
  under,
  text,
  ...extra,
});

const RISK_MANAGEMENT_NATIONAL =
  "Conduct national workshops on risk management for Indonesia, Mongolia, Philippines, Sri Lanka and Vietnam";
const RISK_MANAGEMENT_SOUTH_ASIA = "Organize a sub-regional workshop on risk management for South Asia";
const RISK_MANAGEMENT_ACCREDITATION = "Organize a regional accreditation workshop on risk management";
const PASSENGER_CONTROL = "Conduct national workshops on passenger control for Samoa and Vanuatu";
const CRUISE_SHIPS = "Organize a regional workshop on experience sharing of cruise ship control";
const VALUATION = "Conduct national workshops on Valuation for Lao PDR and Nepal";
const REVENUE_PACKAGE = "Conduct a national workshop on Revenue Package Diagnostic on HS and Valuation for Timor-Leste";
const AEO = "Conduct national workshops on AEO/Compliant Trader Programme for Bhutan, Maldives and Tonga";
const SAFE = "Conduct national workshops on SAFE for Afghanistan and Iran";
const NII = "Conduct a national workshop on NII for Iran";
const PCA = "Organize sub-regional workshops on PCA for ASEAN and Pacific Island members";
const TFA_NATIONAL = "Conduct national workshops on TFA for Lao PDR and Mongolia";
const CEN_NATIONAL = "Conduct national workshop on CEN for Bangladesh and Thailand";
const CEN_REGIONAL = "Conduct regional workshop on CEN";
const INTELLIGENCE = "Conduct regional workshop on intelligence and risk management";
const K9 = "Organize a regional workshop on K9";
const FORENSICS = "Organize a regional workshop on Digital Forensics";
const IWT = "Organize the regional IWT workshop IV (Asia)";
const RKC = "Conduct a national workshop on the implementation of the RKC for Afghanistan and Fiji";
const HRM = "Conduct national workshops on Human Resource Management for Afghanistan, Pakistan, PNG and Vietnam";
const HRD_ACCREDITATION = "Organize a regional accreditation workshop on Human Resource Development";

export const AWP_2022_LISTINGS: AwpListing[] = [
  // Pillar 1
  at("1-a", `${RISK_MANAGEMENT_NATIONAL} (See also 1- (b), (c), (dd), (gg) and (hh))`),
  at("1-a", `${RISK_MANAGEMENT_SOUTH_ASIA} (See also 1-(b), (c), (dd), (gg) and (hh))`),
  at("1-a", `${RISK_MANAGEMENT_ACCREDITATION} (See also 1-(b), (c), (dd), (gg) and (hh))`),
  at(
    "1-b",
    "Conduct national workshops on risk management for Indonesia, Mongolia, Philippines, Sri Lanka, and Vietnam (See also 1- (a), (c), (dd), (gg) and (hh))",
  ),
  at("1-b", `${PASSENGER_CONTROL} (See also 1-(v), (y), (dd), (gg), (ee) and 3-(k))`, { seeAlsoFixes: { "1-v": "1-y" } }),
  at("1-b", "Conduct a nCEN national workshop for Lao PDR (See also 1- (gg))"),
  at("1-b", `${RISK_MANAGEMENT_SOUTH_ASIA} (See also 1-(b), (c), (dd), (gg) and (hh))`),
  at("1-b", `${RISK_MANAGEMENT_ACCREDITATION} (See also 1-(b), (c), (dd), (gg) and (hh))`),
  at("1-b", "Organize a regional meeting of the national nCEN leaders (See also 1- (gg))"),
  at("1-b", `${CRUISE_SHIPS} (See also 1-(y), (dd) and (ii))`),
  at("1-c", `${VALUATION} (See also 1- (i), (j) and (P))`),
  // "3-(k) and (P)" carries pillar 3 over to (P); the action is 1-p, as the 1-p listing shows.
  at("1-c", `${REVENUE_PACKAGE} (See also 1-(i), (j), 3-(k) and (P))`, { seeAlsoFixes: { "3-p": "1-p" } }),
  at("1-d", `${SAFE} (See also 1-(dd) and (hh))`),
  at("1-d", `${AEO} (See also 1-(u), (dd), (hh) and 3-(k))`),
  at("1-e", `${AEO} (See also 1-(d), (u), (dd), (hh) and 3-(k))`),
  at("1-f", "Upon request, provide the assistance in implementing trade recovery activities"),
  at("1-g", `${RKC} (See also 3-(k))`),
  at("1-h", "Organize a regional workshop on TFA (See also 1-(hh))"),
  at("1-h", [TFA_NATIONAL, "(See also 1-(hh))"]),
  at("1-h", "Upon request, provide assistance for the implementation of WTO TFA (See also 1-(hh))"),
  at("1-h", `${PCA} (See also 1-(q) and 3-(k))`),
  at("1-h", "Conduct a national workshop on TRS for Vanuatu (See also 1-(k) and 3-(k))"),
  at("1-h", "Conduct a national workshop on CBM for Nepal ((See also 1-(s))"),
  at(
    "1-i",
    "Conduct a national workshop on Revenue Package Diagnostic on HS and Valuation and for Timor-Leste (See also 1-(c), (p) and 3-(k))",
    { sameAs: REVENUE_PACKAGE },
  ),
  at("1-i", "Conduct a national workshop on HS for Cambodia"),
  at("1-i", "Organize a regional workshop on HS2022 implementation"),
  at("1-i", [VALUATION, "(See also 1-(c) and (p))"]),
  at("1-j", "Conduct a national workshop on ROO for Myanmar and Thailand (See also 1-(I))"),
  at("1-j", "Conduct a national workshop on Customs Laboratory for Malaysia"),
  at("1-j", "Organize a regional workshop on Customs Laboratory"),
  at("1-k", "Conduct a national workshop on TRS for Vanuatu (See also 1-(h) and 3-(k))"),
  at("1-l", "Conduct a national workshop on ROO for Myanmar and Thailand (See also 1-(j))"),
  at("1-m", "Organize a regional workshop on IT/Data Model/Digital Customs (See also 1-(gg))"),
  at("1-m", "Conduct a national workshop on IT/Data Model/Digital Customs for Bhutan (See also 1-(gg))"),
  at("1-n", "Organize a regional workshop on Free Zone (See also 1-(ii))"),
  at("1-o", "Upon request, provide assistance for the implementation of the WCO Resolution on Natural Disaster Relief"),
  at("1-p", `${VALUATION} (See also 1-(c), (i) and (j))`),
  at("1-p", `${REVENUE_PACKAGE} (See also 1-(c), (i), (j) and 3-(k))`),
  at("1-q", "Conduct sub-regional workshops on PCA for ASEAN and Pacific Island members (See also 1-(h) and 3-(k))", {
    sameAs: PCA,
  }),
  at("1-r", "Organize regional workshops on Framework of Standards on cross-border e-commerce"),
  at("1-s", "Conduct a national workshop on CBM for Nepal (See also 1-(h))"),
  at("1-t", "Upon request, provide assistance for the implementation of Single Window"),
  at("1-u", `${AEO} (See also 1-(d), (dd), (hh) and 3-(k))`),
  at("1-v", `${CEN_NATIONAL} (See also 1-(w), (x) and (aa))`),
  at("1-v", `${CEN_REGIONAL} (See also 1-(w), (x) and (aa))`),
  at("1-v", `${INTELLIGENCE} (See also 1-(w), (x) and (aa))`),
  at("1-w", `${CEN_NATIONAL} (See also 1-(v), (x) and (aa))`),
  at("1-w", `${CEN_REGIONAL} (See also 1-(v), (x) and (aa))`),
  at("1-w", `${INTELLIGENCE} (See also 1-(v), (x) and (aa))`),
  at("1-x", `${CEN_NATIONAL} (See also 1-(v), (w) and (aa))`),
  at("1-x", `${CEN_REGIONAL} (See also 1-(v), (w) and (aa))`),
  at("1-x", `${INTELLIGENCE} (See also 1-(v), (w) and (aa))`),
  at("1-y", `${CRUISE_SHIPS} (See also 1-(b), (dd), (gg) and (ii))`),
  at("1-y", `${PASSENGER_CONTROL} (See also 1-(b), (dd), (ee), (gg) and 3-(k))`),
  at("1-z", `${CRUISE_SHIPS} (See also 1-(b), (y), (dd), (gg) and (ii))`),
  at("1-aa", `${CEN_NATIONAL} (See also 1-(v), (w) and (aa))`),
  at("1-aa", `${CEN_REGIONAL} (See also 1-(v), (w) and (x))`),
  at("1-aa", `${INTELLIGENCE} (See also 1-(v), (w) and (x))`),
  at("1-bb", "Conduct national workshops on IPR for Iran and Sri Lanka (See also 1-(ii))"),
  at("1-bb", "Upon request, provide assistance on IPR issues (See also 1-(ii))"),
  at("1-cc", "Conduct national workshops on environment for Indonesia, Lao PDR, Malaysia, Philippines and Vietnam (See also 1-(ii))"),
  at("1-cc", "Conduct risk management National Mission on environment for Indonesia, Lao PDR, Malaysia and Vietnam (See also 1-(ii))"),
  at("1-cc", `${IWT} (See also 1-(ii))`),
  at("1-cc", "Organize regional workshops on environment (See also 1-(ii))"),
  at("1-cc", "Organize a regional pre-accreditation workshop on environment (See also 1-(ii))"),
  at("1-dd", ["Conduct national workshops on passenger control for Samoa and", "Vanuatu (See also 1-(b), (y), (ee), (gg) and 3-(k))"]),
  at("1-dd", `${SAFE} (See also 1-(d) and (hh))`),
  at("1-dd", `${NII} (See also 1-(ff) and (hh))`),
  at("1-dd", `${AEO} (See also 1-(d), (u), (hh) and 3-(k))`),
  at("1-dd", `${RISK_MANAGEMENT_NATIONAL} (See also 1-(a), (b), (c), (gg) and (hh))`),
  at("1-dd", `${RISK_MANAGEMENT_SOUTH_ASIA} (See also 1-(a), (b), (c), (gg) and (hh))`),
  at("1-dd", `${RISK_MANAGEMENT_ACCREDITATION} (See also 1-(a), (b), (c), (gg) and (hh))`),
  at("1-dd", `${K9} (See also 1-(ee) and (ii))`),
  at("1-dd", `${FORENSICS} (See also 1-(ee) and (gg))`),
  at("1-dd", `${CRUISE_SHIPS} (See also 1-(b), (y), (z), (gg) and (ii))`),
  at("1-dd", "Organize a regional AML/CTF workshop (See also 1-(ii))"),
  at("1-ee", `${K9} (See also 1-(dd) and (ii))`),
  at("1-ee", `${FORENSICS} (See also 1-(dd) and (gg))`),
  at("1-ee", `${PASSENGER_CONTROL} (See also 1-(b), (y), (dd), (gg) and 3-(k))`),
  at("1-ff", [`${NII} (See also 1-(dd) and`, "(hh))"]),
  at("1-gg", "Conduct a national workshop on IT/Data Model/Digital Customs for Bhutan (See also 1-(m))"),
  at("1-gg", `${RISK_MANAGEMENT_NATIONAL} (See also 1-(a), (b), (c), (dd), and (hh))`),
  at("1-gg", "Conduct a nCEN national workshop for Lao PDR (See also 1-(b))"),
  at("1-gg", `${PASSENGER_CONTROL} (See also 1-(b), (y), (dd), (ee) and 3-(k))`),
  at("1-gg", `${RISK_MANAGEMENT_ACCREDITATION} (See also 1-(a), (b), (c), (dd), and (hh))`),
  at("1-gg", `${RISK_MANAGEMENT_SOUTH_ASIA} (See also 1-(a), (b), (c), (dd), and (hh))`),
  // Listed under 1-dd, 1-ee and 1-gg only; every other listing of it names (dd), not (y).
  at("1-gg", `${FORENSICS} (See also 1-(y) and (ee))`, { seeAlsoFixes: { "1-y": "1-dd" } }),
  at("1-gg", "Organize a regional workshop on IT/Data Model/Digital Customs (See also 1-(m))"),
  at("1-gg", `${CRUISE_SHIPS} (See also 1-(b), (y), (dd), and (ii))`),
  at("1-gg", "Organize a regional meeting of the national nCEN leaders (See also 1-(b))"),
  at("1-hh", [SAFE, "(See also 1-(d) and (dd))"]),
  at("1-hh", `${NII} (See also 1-(dd) and (ff))`),
  at("1-hh", `${AEO} (See also 1-(e), (u), (dd) and 3-(k))`),
  at("1-hh", `${RISK_MANAGEMENT_NATIONAL} (See also 1-(a), (b), (c), (dd), and (gg))`),
  at("1-hh", "Conduct national workshops on WTO TFA for Lao PDR and Mongolia (See also 1-(h))", { sameAs: TFA_NATIONAL }),
  at("1-hh", "Organize a regional workshop on TFA (See also 1-(h))"),
  at("1-hh", `${RISK_MANAGEMENT_ACCREDITATION} (See also 1-(a), (b), (c), (dd), and (gg))`),
  at("1-hh", `${RISK_MANAGEMENT_SOUTH_ASIA} (See also 1-(a), (b), (c), (dd), and (gg))`),
  at("1-hh", "Organize a sub-regional workshop on Economic Competitiveness Package for Pacific countries (See also 3-(k))"),
  at("1-hh", "Upon request, provide assistance for the implementation of WTO TFA (See also 1-(h))"),
  at("1-ii", "Conduct national workshops on IPR for Iran and Sri Lanka (See also 1-(bb))"),
  at("1-ii", "Conduct national workshops on environment for Indonesia, Lao PDR, Malaysia, Philippines and Vietnam (See also 1-(cc))"),
  at("1-ii", "Conduct risk management national mission on environment for Indonesia, Lao PDR, Malaysia and Vietnam (See also 1-(cc))"),
  at("1-ii", `${K9} (See also 1-(dd) and (ee))`),
  at("1-ii", `${CRUISE_SHIPS} (See also 1-(b), (y), (dd), and (gg))`),
  at("1-ii", "Organize a regional workshop on Free Zone (See also 1-(n))"),
  at("1-ii", "Organize a regional IWT workshop IV (Asia) (See also 1-(cc))", { sameAs: IWT }),
  at("1-ii", "Organize a regional AML/CTF workshop (See also 1-(dd))"),
  at("1-ii", "Organize regional workshops on environment (See also 1-(cc))"),
  at("1-ii", "Organize a regional pre-accreditation workshop on environment (See also 1-(cc))"),
  at("1-ii", "Upon request, provide assistance on IPR issues (See also 1-(bb))"),
  at("1-jj", `${HRM} (See also 3-(a) and (k))`),
  at("1-jj", "Conduct national workshops on Leadership Development Management (LMD) for Indonesia and Maldives"),
  at("1-jj", "Conduct a national workshop on Strategic Planning (Organization Development) for Lao PDR"),
  at("1-jj", `${HRD_ACCREDITATION} (See also 3-(b))`),
  at("1-jj", "Organize a MTP Introductory workshop (See also 3-(k))"),
  at("1-jj", "Organize a regional workshop on Performance Measurement"),
  at("1-kk", "Organize A-CIP Programme Activity for Afghanistan and Nepal"),
  at("1-kk", "Upon request, provide assistance on integrity action plan"),
  // Pillar 2
  at(
    "2-a",
    "Continue strategic dialogues and cooperation with development partners through participation in the meetings and seminars organized by them",
  ),
  at(
    "2-b",
    "As appropriate, work with Vice Chair, continue to work with WB, ADB, UNEP and other interested development partners to conduct joint projects for reform and modernization of Member administrations and send experts for the joint projects",
  ),
  at(
    "2-b",
    "Participate in sub-regional meetings organized by development partners to monitor and assist Members' efforts in reform and modernization",
  ),
  // Pillar 3 (3-a lists no activity)
  at("3-b", `${HRD_ACCREDITATION} (See also 1-(gg))`, { seeAlsoFixes: { "1-gg": "1-jj" } }),
  at(
    "3-b",
    "Discuss and cooperate with Regional Training Centers to keep update the knowledge and skills of these accredited experts and candidates",
  ),
  at(
    "3-c",
    "Take every possible opportunity to promote the WCO e-learning programs and CLiKC! platform in cooperation with the RTCs and accredited experts to support Members' continuous self-efforts for training of their personnel",
  ),
  at(
    "3-d",
    "Identify areas of existing expertise and their possible inputs from the developed Members and seek further contribution from them for the regional capacity building activities at an early stage of planning",
  ),
  at("3-e", "Take every possible opportunity to promote full and effective participation of women in international fora and trainings"),
  at(
    "3-f",
    "Work with the Regional Training Coordinator to further review capacity building needs survey aiming at properly collecting Members' most current needs and reform/modernization priorities",
  ),
  // The extraction lost words between the two pieces; they are kept as printed.
  at("3-f", ["Work with the WCO Secretariat, Member and development", "paying due attention to the Members' needs and priorities."]),
  at(
    "3-g",
    "Conduct Regional Workshop Follow-Up Action Surveys and share findings with the WCO Secretariat, RTCs and Members as appropriate",
  ),
  at("3-k", "Conduct a national workshop on RKC for Fiji (See also 1-(g))", { sameAs: RKC }),
  at("3-k", "Conduct a national workshop on Human Resource Management for PNG (See also 1-(gg) and 3-(a))", {
    sameAs: HRM,
    seeAlsoFixes: { "1-gg": "1-jj" },
  }),
  at("3-k", `${PASSENGER_CONTROL} (See also 1-(b), (v), (y), (aa) and (dd))`, {
    seeAlsoFixes: { "1-v": "1-y", "1-y": "1-dd", "1-aa": "1-ee", "1-dd": "1-gg" },
  }),
  at("3-k", `${REVENUE_PACKAGE} (See also 1-(d), (i) and (P))`, { seeAlsoFixes: { "1-d": "1-c" } }),
  at("3-k", "Conduct a national workshop on AEO for Tonga (See also 1-(e), (u), (y) and (ee))", {
    sameAs: AEO,
    seeAlsoFixes: { "1-y": "1-dd", "1-ee": "1-hh" },
  }),
  at("3-k", "Conduct a national workshop on TRS for Vanuatu (See also 1-(h) and (k))"),
  at("3-k", "Organize a MTP Introductory workshop (See also 1-(gg))", { seeAlsoFixes: { "1-gg": "1-jj" } }),
  at("3-k", "Organize a sub-regional workshop on PCA for Pacific Islands Members (See also 1-(h) and (q))", { sameAs: PCA }),
  at("3-k", "Organize a sub-regional workshop on Economic Competitiveness Package for Pacific countries (See also 1-(ee))", {
    seeAlsoFixes: { "1-ee": "1-hh" },
  }),
  at(
    "3-l",
    "In cooperation with the Regional Vice Chair, convene a Meeting of Heads of RTC to further strengthen their network and devise regional strategy for the pooling and better use of the regional experts in capacity building activities",
  ),
  // Pillar 4
  at("4-a", "Issue ROCB A/P e-newsletters every 3 months and include more information on Members' experiences in reform and modernization"),
  at(
    "4-a",
    "Maintain ROCB website and upload pertinent information in a timely manner to inform Members and stakeholders of the ROCB A/P's activities.",
  ),
  at(
    "4-b",
    "Continue to raise awareness of the importance of high-level commitment in the pertinent strategic issues through participation in the meetings and seminars",
  ),
  at("4-c", "Assist Members, Vice Chair and the RTCs to share good practices by issuing a series of regional good practice reports on selected topics"),
];
