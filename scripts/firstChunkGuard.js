/**
 * A production build fails when code the pane loads on first use ends up in a script its page
 * loads before Overview (taskpane.html: the pane's, the ribbon's and the custom functions'
 * entries and the chunks they share). Each pattern must still match a module of the build, so a
 * renamed file cannot make the check pass by matching nothing.
 */
const path = require("path");

const sep = "[\\\\/]";
const LAZY_PARTS = [
  ["the bundled plan", new RegExp(`src${sep}workbook${sep}bundled${sep}`)],
  ["Set up", new RegExp(`src${sep}workbook${sep}setup\\.ts$`)],
  ["the status sheet", new RegExp(`src${sep}workbook${sep}statusSheet${sep}`)],
  ["the plan text importer", new RegExp(`src${sep}core${sep}importer`)],
  ["Import", new RegExp(`src${sep}workbook${sep}importOperation\\.ts$`)],
  ["thresholds", new RegExp(`src${sep}workbook${sep}thresholdsOperation\\.ts$`)],
  ["live recalculation", new RegExp(`src${sep}workbook${sep}live${sep}liveRecalculation\\.ts$`)],
  ["Check this Excel", new RegExp(`src${sep}office${sep}selfTest\\.ts$`)],
  [
    "a view other than Overview",
    new RegExp(`src${sep}taskpane${sep}components${sep}(SetupView|WelcomeView|KpiDetail|PlanView|RspMap|ProblemsView|MoreViewsMenu)\\.tsx$`),
  ],
  ["Fluent's Menu", new RegExp(`node_modules${sep}@fluentui${sep}react-menu${sep}`)],
];

/** [what, resource] for each resource that matches a lazy part. */
function lazyPartsIn(resources, parts = LAZY_PARTS) {
  return resources.flatMap((resource) => parts.filter(([, pattern]) => pattern.test(resource)).map(([what]) => [what, resource]));
}

/** Names of the parts no resource matches. */
function partsMatchingNothing(resources, parts = LAZY_PARTS) {
  return parts.filter(([, pattern]) => !resources.some((resource) => pattern.test(resource))).map(([what]) => what);
}

function resourcesOf(module) {
  if (module.modules) return module.modules.flatMap(resourcesOf); // a concatenated module
  return module.resource ? [module.resource] : [];
}

class FirstChunkGuard {
  constructor(entries) {
    this.entries = entries;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FirstChunkGuard", (compilation) => {
      compilation.hooks.afterSeal.tap("FirstChunkGuard", () => {
        const { chunkGraph } = compilation;
        const modulesOf = (chunk) => [...chunkGraph.getChunkModulesIterable(chunk)].flatMap(resourcesOf);
        const first = new Set();
        for (const name of this.entries) {
          const entrypoint = compilation.entrypoints.get(name);
          if (entrypoint) for (const chunk of entrypoint.chunks) for (const resource of modulesOf(chunk)) first.add(resource);
        }
        const all = [...compilation.chunks].flatMap(modulesOf);
        const report = (message) => compilation.errors.push(new compiler.webpack.WebpackError(`FirstChunkGuard: ${message}`));
        const found = new Map();
        for (const [what, resource] of lazyPartsIn([...first])) found.set(what, [...(found.get(what) || []), resource]);
        for (const [what, resources] of found) {
          const files = resources.map((resource) => path.relative(compiler.context, resource));
          report(`${what} (${files.slice(0, 3).join(", ")}${files.length > 3 ? ", …" : ""}) is in a script taskpane.html loads before Overview; load it with import() on first use`);
        }
        for (const what of partsMatchingNothing(all)) report(`no module of the build matches "${what}": update scripts/firstChunkGuard.js`);
      });
    });
  }
}

module.exports = { FirstChunkGuard, lazyPartsIn, partsMatchingNothing, LAZY_PARTS };
