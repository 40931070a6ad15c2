/**
 * RequestContext and the proxy base class: commands queue until sync(); loaded properties can
 * be read only after the sync that loaded them, exactly as Office.js behaves.
 */
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { ChangeRecord, WorkbookState } from "./state";

export interface QueuedOp {
  /** Estimated bytes this command adds to the request (JSON of values/formats written). */
  bytes: number;
  run(): void;
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function loadProps(option: LoadOption): string[] {
  const raw = typeof option === "object" && option !== null && !Array.isArray(option) ? option.select : option;
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** UTF-8 length of a string (browser- and jsdom-safe: no TextEncoder or Buffer). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // with its low surrogate: 4 bytes for two units
      i += 1;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * Bytes a value adds to a request or response: its JSON in UTF-8, as Excel on the web counts
 * against its 5 MB payload limits ("–" is one UTF-16 unit but three bytes;
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const payloadBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value ?? null));

export class FakeContextCore {
  private queue: QueuedOp[] = [];
  /** Changes made by the commands of the sync in progress; their events fire after it. */
  pendingEvents: ChangeRecord[] = [];
  /** Response bytes of the sync in progress (values loaded so far). */
  private responseBytes = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: WorkbookState,
    /** Excel.run({ delayForCellEdit: true }): syncs wait until the user leaves the cell. */
    readonly delayForCellEdit = false
  ) {}

  /** Counts loaded data against the response limit of the sync in progress. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  recordLoad(type: string, props: string[]): void {
    this.state.loads.push({ type, props: props.length ? props : ["*"] });
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const state = this.state;
    state.syncCount += 1;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    state.requests.push(bytes);
    await Promise.resolve();
    if (ops.length > 0 && state.cellEditMode) {
      // https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
      if (this.delayForCellEdit && state.delayForCellEdit) {
        await new Promise<void>((resume) => state.cellEditWaiters.push(resume));
      } else {
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
        );
      }
    }
    if (bytes > state.requestLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.pendingEvents = [];
    this.responseBytes = 0;
    const start = state.syncTimes ? performance.now() : 0;
    try {
      for (const op of ops) op.run();
    } finally {
      const changes = this.pendingEvents;
      this.pendingEvents = [];
      state.raise(changes);
      state.responses.push(this.responseBytes);
      state.syncTimes?.push({ start, ms: performance.now() - start });
    }
    if (this.responseBytes > state.responseLimitBytes) {
      // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }
}

/** Base of every proxy: load(), isNullObject, and reads that throw PropertyNotLoaded. */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly core: FakeContextCore,
    readonly typeName: string
  ) {}

  get context(): FakeContextCore {
    return this.core;
  }

  /** The state this proxy stands for, resolved at sync time; null for a null object. */
  protected abstract target(): unknown;
  /** Every loadable scalar property (what an empty load() would load). */
  protected abstract get leafProps(): string[];
  protected abstract readProp(prop: string, target: unknown): unknown;

  load(option?: LoadOption): this {
    const props = loadProps(option);
    this.core.recordLoad(this.typeName, props);
    this.core.enqueue({ bytes: 0, run: () => this.loadNow(props) });
    return this;
  }

  /** Applies a load at sync time (collections use it for "items/..." loads). */
  loadNow(props: string[]): void {
    const target = this.target();
    this.nullState = target === null;
    for (const prop of props.length ? props : this.leafProps) {
      const value = target === null ? null : this.readProp(prop, target);
      this.core.addResponse(payloadBytes(value));
      this.loaded.set(prop, value);
    }
  }

  /** For *OrNullObject proxies: Office fills isNullObject at the next sync, no load needed. */
  resolveNullStateAtSync(): this {
    this.core.enqueue({ bytes: 0, run: () => void (this.nullState = this.target() === null) });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  protected loadedValue<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loaded.get(prop) as T;
  }

  /** Queue a command that runs against the resolved target at sync. */
  protected command(bytes: number, run: (target: never) => void): void {
    this.core.enqueue({
      bytes,
      run: () => {
        const target = this.target();
        if (target === null) throw new FakeOfficeError("ItemNotFound", `${this.typeName} is a null object.`);
        run(target as never);
      },
    });
  }
}

/** Write-only nested settings (conditional format rules, chart title): setters record into `sink`. */
export function settingsObject(
  core: FakeContextCore,
  typeName: string,
  path: string,
  leaves: string[],
  sink: () => Record<string, unknown>,
  children: Record<string, string[] | Record<string, string[]>> = {}
): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const leaf of leaves) {
    Object.defineProperty(obj, leaf, {
      enumerable: true,
      get: () => {
        throw propertyNotLoaded(typeName, `${path}${leaf}`);
      },
      set: (value: unknown) =>
        core.enqueue({ bytes: payloadBytes(value), run: () => void (sink()[`${path}${leaf}`] = value) }),
    });
  }
  for (const [name, spec] of Object.entries(children)) {
    obj[name] = Array.isArray(spec)
      ? settingsObject(core, typeName, `${path}${name}.`, spec, sink)
      : settingsObject(core, typeName, `${path}${name}.`, [], sink, spec);
  }
  return obj;
}
