/**
 * functions.json as the build generates it from functions.ts's JSDoc: what Excel's formula
 * autocomplete shows (descriptions, argument names and help) and how it calls the functions.
 */
import { generateMetadata } from "./registration";

type Metadata = {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{ name: string; description?: string; type: string; optional?: boolean; dimensionality?: string }>;
    result?: { type?: string; dimensionality?: string };
    options?: Record<string, unknown>;
  }>;
};

let metadata: Metadata;
beforeAll(async () => {
  const result = await generateMetadata();
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
});

const byId = (id: string) => {
  const found = metadata.functions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};

const KPI_ARGUMENTS = ["target", "actual", "as_of", "start", "end", "baseline", "part"];

describe("functions.json", () => {
  test("declares exactly the five KPI functions, each named as its id", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(["STATUS", "PROGRESS", "EXPECTED", "TARGET", "RSPKEYS"]);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("STATUS, PROGRESS and EXPECTED take the same arguments; only target and actual are required", () => {
    for (const id of ["STATUS", "PROGRESS", "EXPECTED"]) {
      const { parameters } = byId(id);
      expect(parameters.map((p) => p.name)).toEqual(KPI_ARGUMENTS);
      expect(parameters.filter((p) => !p.optional).map((p) => p.name)).toEqual(["target", "actual"]);
      // actual accepts a range (one value per part of a multi-part target).
      expect(parameters[1]).toMatchObject({ type: "any", dimensionality: "matrix" });
      // any, not number: Excel would turn an empty Deadline cell into 0 for a number argument.
      for (const name of ["as_of", "start", "end", "baseline", "part"]) expect(parameters.find((p) => p.name === name)?.type).toBe("any");
    }
    expect(byId("STATUS").result?.type).toBe("string");
    expect(byId("PROGRESS").result?.type).toBe("number");
    expect(byId("EXPECTED").result?.type).toBe("number");
  });

  test("TARGET spills its parts as a matrix; RSPKEYS takes one text", () => {
    expect(byId("TARGET").parameters.map((p) => [p.name, p.type, Boolean(p.optional)])).toEqual([
      ["target", "string", false],
      ["show_parts", "any", true],
      ["start", "any", true],
      ["end", "any", true],
      ["part", "any", true],
    ]);
    expect(byId("TARGET").result?.dimensionality).toBe("matrix");
    expect(byId("RSPKEYS").parameters.map((p) => [p.name, p.type])).toEqual([["reference", "string"]]);
    expect(byId("RSPKEYS").result?.type).toBe("string");
  });

  test("every function and every argument has help text for autocomplete", () => {
    for (const f of metadata.functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(20);
      for (const p of f.parameters) expect([f.id, p.name, (p.description ?? "").length > 10]).toEqual([f.id, p.name, true]);
    }
    expect(byId("STATUS").parameters.find((p) => p.name === "as_of")?.description).toMatch(/Settings "As of", else today.*TODAY\(\)/);
    expect(byId("STATUS").parameters.find((p) => p.name === "start")?.description).toMatch(/Settings "Plan start"/);
  });

  test("no function is volatile: as_of = TODAY() carries the volatility where a user wants it", () => {
    for (const f of metadata.functions) expect([f.id, f.options?.volatile ?? false]).toEqual([f.id, false]);
  });
});
