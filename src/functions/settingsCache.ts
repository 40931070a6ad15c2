/**
 * The workbook's Settings as the KPI functions see them. In the shared runtime a custom function
 * may read the workbook through Excel.run (never write:
 * https://learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function), so
 * Settings are read once, in one batch, and kept until a table in the workbook changes; every
 * function cell recalculating meanwhile shares that one read.
 *
 * A cell that takes a default from Settings does not refer to the Settings cells, so Excel would
 * not recalculate it when they change: an edit of the Settings table calls onSettingsChanged
 * (debounced), which asks Excel for a full recalculation.
 */
import type { PlanSettings } from "../core/evaluation";
import { debounce, type Debounced } from "../office/debounce";
import { OfficeGateway } from "../office/officeGateway";
import type { TableData } from "../workbook/gateway";
import { SETTING_KEYS, readSettings } from "../workbook/settings";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SettingsRead {
  settings: PlanSettings | null;
  settingsProblem?: string;
}

/** The Settings keys the functions take defaults from; a problem elsewhere does not concern them. */
const USED_KEYS = [SETTING_KEYS.planStart, SETTING_KEYS.planEnd, SETTING_KEYS.asOf, SETTING_KEYS.onTrackAt, SETTING_KEYS.atRiskAt];

/** Settings read with the pane's own reader; null when the workbook has no Settings table. */
export function settingsFromTable(table: TableData | null): SettingsRead {
  if (!table) return { settings: null };
  const { settings, problems } = readSettings(table);
  const problem = problems.find((p) => p.severity === "error" && USED_KEYS.some((key) => p.message.startsWith(key)));
  return problem ? { settings, settingsProblem: problem.message } : { settings };
}

export interface SettingsCacheOptions {
  /** Called once after a burst of edits to the Settings table. */
  onSettingsChanged?: () => void;
  debounceMs?: number;
}

export class SettingsCache {
  private pending: Promise<SettingsRead> | null = null;
  private watching = false;
  /** Id of the Settings table last read; null while the workbook has none. */
  private settingsId: string | null = null;
  private readonly settingsChanged: Debounced | null;

  constructor(
    private readonly run: ExcelRun,
    options: SettingsCacheOptions = {}
  ) {
    const { onSettingsChanged } = options;
    this.settingsChanged = onSettingsChanged ? debounce(onSettingsChanged, options.debounceMs ?? 300) : null;
  }

  /** The cached Settings, read on first use; a failed read gives none and is retried next time. */
  get(): Promise<SettingsRead> {
    if (!this.pending) {
      const read = this.read().catch((): SettingsRead => {
        if (this.pending === read) this.pending = null;
        return { settings: null };
      });
      this.pending = read;
    }
    return this.pending;
  }

  invalidate(): void {
    this.pending = null;
  }

  private changed(tableId: string): void {
    this.invalidate();
    if (this.settingsId !== null && tableId === this.settingsId) this.settingsChanged?.();
  }

  private read(): Promise<SettingsRead> {
    return this.run(async (context) => {
      // Any table change may be Settings (or a Settings table just set up): drop the cache. The
      // registration travels with the read's first sync.
      if (!this.watching) context.workbook.tables.onChanged.add(async (change) => this.changed(change.tableId));
      const settingsTable = context.workbook.tables.getItemOrNullObject("Settings").load("id");
      const snapshot = await new OfficeGateway(context).read(["Settings"]);
      this.watching = true;
      this.settingsId = settingsTable.isNullObject ? null : settingsTable.id;
      return settingsFromTable(snapshot.tables.Settings);
    });
  }
}
