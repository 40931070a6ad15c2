/**
 * A minimal CustomFunctions global: Error, ErrorCode and associate, as the custom functions
 * runtime provides them (https://learn.microsoft.com/javascript/api/custom-functions-runtime).
 * Stricter than nothing in one documented way: associate takes only ids that functions.json
 * declares (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json).
 */
export const FAKE_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface FakeCustomFunctions {
  /** Functions by id, as associate registered them. */
  registry: Map<string, (...args: unknown[]) => unknown>;
  uninstall(): void;
}

export function installCustomFunctions(declaredIds: readonly string[]): FakeCustomFunctions {
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions = {
    ErrorCode: FAKE_ERROR_CODES,
    Error: FakeCustomFunctionsError,
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (!declaredIds.includes(id)) throw new Error(`fake: "${id}" is not an id in functions.json`);
      if (typeof fn !== "function") throw new Error(`fake: associate("${id}") was not given a function`);
      registry.set(id, fn);
    },
  };
  return { registry, uninstall: () => void delete g.CustomFunctions };
}
