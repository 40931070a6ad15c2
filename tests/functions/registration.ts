/**
 * functions.ts loaded as the webpack build loads it: custom-functions-metadata generates the
 * metadata from its JSDoc, and the plugin's own loader appends the CustomFunctions.associate
 * calls, which are run here against the fake runtime.
 */
import * as path from "path";
import { installCustomFunctions, type FakeCustomFunctions } from "../support/customFunctionsFake";

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "..", "..", "src", "functions", "functions.ts");

interface GenerateResult {
  metadataJson: string;
  associate: Array<{ sourceFileName: string; functionName: string; id: string }>;
  errors: string[];
}

export async function generateMetadata(): Promise<GenerateResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS tool
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  return generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
}

/** The text the plugin's loader appends to functions.ts in the build. */
export async function appendedAssociations(result: GenerateResult): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS tool
  const plugin = require("custom-functions-metadata-plugin/lib/customfunctionsplugin.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS tool
  const loader = require("custom-functions-metadata-plugin/lib/loader.js");
  const input = "./src/functions/functions.ts";
  plugin.generateResults[input] = result;
  return loader.call({ getOptions: () => ({ input, file: FUNCTIONS_SOURCE }) }, "");
}

export interface RegisteredFunctions extends FakeCustomFunctions {
  metadata: { functions: Array<{ id: string; name: string; description?: string; parameters: Array<Record<string, unknown>>; result?: Record<string, unknown>; options?: Record<string, unknown> }> };
}

/** Installs the fake runtime, loads functions.ts and runs the associations the build would add. */
export async function registerFunctions(): Promise<RegisteredFunctions> {
  const result = await generateMetadata();
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const metadata = JSON.parse(result.metadataJson);
  const fake = installCustomFunctions(metadata.functions.map((f: { id: string }) => f.id));
  let functionsModule: Record<string, unknown> = {};
  await jest.isolateModulesAsync(async () => {
    functionsModule = await import("../../src/functions/functions");
  });
  const appended = await appendedAssociations(result);
  const names = result.associate.map((a) => a.functionName);
  new Function("CustomFunctions", ...names, appended)((globalThis as Record<string, unknown>).CustomFunctions, ...names.map((n) => functionsModule[n]));
  return { ...fake, metadata };
}
