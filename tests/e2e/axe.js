/** axe-core in the page: fails on serious or critical violations, reports the rest. */
const AXE_PATH = require.resolve("axe-core/axe.min.js");

const BLOCKING = new Set(["serious", "critical"]);

// Fluent UI's focus manager (Tabster) adds <i data-tabster-dummy aria-hidden tabindex=0> focus
// sentinels that move focus on at once; axe's aria-hidden-focus reports them, a known false
// positive (microsoft/tabster#288). Only those nodes are left out; the rule still runs elsewhere.
const EXCLUDED = [["[data-tabster-dummy]"]];

function describeViolation(violation) {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => node.target.join(" "))
    .join("; ");
  const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : "";
  return `[${violation.impact}] ${violation.id}: ${violation.help} at ${targets}${more}`;
}

/** Scans the page as it stands. Resolves to { blocking: string[], other: string[] }. */
async function scanPage(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (exclude) => {
    const results = await window.axe.run({ include: [["html"]], exclude }, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
    }));
  }, EXCLUDED);
  return {
    blocking: violations.filter((v) => BLOCKING.has(v.impact)).map(describeViolation),
    other: violations.filter((v) => !BLOCKING.has(v.impact)).map(describeViolation),
  };
}

module.exports = { scanPage, describeViolation };
