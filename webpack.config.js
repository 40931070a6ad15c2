/* eslint-disable no-undef */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

// The KPI custom functions: functions.json is generated from the JSDoc of this file, and the
// CustomFunctions.associate calls are appended to it
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration).
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const { manifestForHost, parseAddinUrl, withVersion } = require("./scripts/manifestForHost");
const { FirstChunkGuard } = require("./scripts/firstChunkGuard");
const { version } = require("./package.json");

const devCertsDir = path.join(require("os").homedir(), ".office-addin-dev-certs");

function httpsOptions() {
  const key = path.join(devCertsDir, "localhost.key");
  const cert = path.join(devCertsDir, "localhost.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
  }
  return "http";
}

/** manifest.xml for dist/web: under ADDIN_URL when set (a production host), else localhost. */
function manifestTransform() {
  const addinUrl = process.env.ADDIN_URL;
  if (!addinUrl) return (content) => withVersion(content.toString(), version);
  try {
    parseAddinUrl(addinUrl); // refuse a bad ADDIN_URL before building anything
  } catch (error) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  return (content) => manifestForHost(content.toString(), { addinUrl, packageVersion: version });
}

/** The benchmark's reference React + Fluent page, built with the pane's settings into `outDir`. */
function referencePageConfig(config, outDir) {
  return {
    ...config,
    entry: { reference: "./bench/page/reference.tsx" },
    output: { ...config.output, path: path.resolve(outDir) },
    plugins: [new HtmlWebpackPlugin({ filename: "reference.html", template: "./bench/page/reference.html", chunks: ["reference"] })],
  };
}

module.exports = (env = {}, argv = {}) => {
  const config = addinConfig(env, argv);
  return env.referencePage ? referencePageConfig(config, env.referencePage) : config;
};

function addinConfig(env, argv) {
  const dev = argv.mode !== "production";
  // The browser-test page is a dev-only entry: never part of the production bundle or manifest.
  const withTestPage = dev || Boolean(env.testpage) || process.env.KPI_TEST_PAGE === "1";
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    functions: "./src/functions/entry.ts",
  };
  const pages = [
    // One shared runtime (manifest <Runtimes>): the pane's page also runs the ribbon's commands and the functions.
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "commands", "functions"] }),
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
  ];
  if (withTestPage && fs.existsSync("./tests/e2e/page/testpage.tsx")) {
    entry.testpage = "./tests/e2e/page/testpage.tsx";
    pages.push(
      new HtmlWebpackPlugin({ filename: "testpage.html", template: "./tests/e2e/page/testpage.html", chunks: ["testpage"] })
    );
  }
  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, withTestPage && !dev ? "dist/testpage" : "dist/web"),
      // Every script is named by its content, so a browser's cached copy of one never meets a
      // newer other; functions.js keeps its name, which the manifest gives (Functions.Script.Url).
      filename: (pathData) => (pathData.chunk.name === "functions" ? "[name].js" : "[name].[contenthash:8].js"),
      // Parts loaded on first use (Set up, Import, the status sheet, …): hashed, so a pane still
      // open after an update never runs an older or newer part against its own code.
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks are fetched next to the script that asks for them, wherever dist/web is hosted.
      publicPath: "auto",
      clean: true,
    },
    optimization: {
      // taskpane.html runs three entries (pane, ribbon commands, custom functions) in one shared
      // runtime: one webpack runtime for them all, and the code they share (the engine, the
      // Office gateway, React) in shared chunks instead of a copy per entry.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } },
        },
        {
          // Griffel's ahead-of-time transform: our makeStyles calls become precomputed CSS at build
          // time, as Fluent's own components ship, instead of being resolved in the pane at its
          // first render (https://www.npmjs.com/package/@griffel/webpack-loader). Run after
          // ts-loader ("post"), on its JavaScript, as Fluent UI's own Storybook build does.
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src", "taskpane"),
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...pages,
      // What taskpane.html loads before Overview stays free of the parts loaded on first use.
      ...(dev ? [] : [new FirstChunkGuard(["taskpane", "commands", "functions"])]),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform() },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist/web") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
}
