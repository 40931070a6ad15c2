/**
 * Live recalculation only while the task pane shows. With the shared runtime (custom functions,
 * ribbon and pane in one page), the pane's page runs whenever the runtime does, also when the
 * runtime was started by a `KPI.*` formula or the pane was closed; DESIGN.md §5 says
 * recalculation is live while the pane is open. Office reports the pane's visibility through
 * Office.addin.onVisibilityModeChanged (SharedRuntime 1.1,
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). Edits made while
 * the pane is hidden are not lost: the first time it shows again, the handlers run once.
 */
import type { AddinApi } from "../workbook/addinApi";

export interface VisibilityMessage {
  visibilityMode: string;
}

/** The part of Office.addin this needs (absent where SharedRuntime 1.1 is not supported). */
export interface VisibilitySource {
  onVisibilityModeChanged(handler: (message: VisibilityMessage) => void): Promise<() => Promise<void>>;
}

const HIDDEN = "Hidden";

export function liveOnlyWhileVisible(api: AddinApi, source: VisibilitySource | undefined): AddinApi {
  if (!source || typeof source.onVisibilityModeChanged !== "function") return api;
  // Office gives no way to ask the current mode; a page that runs is taken as shown until told otherwise.
  let visible = true;
  let missedEdits = false;
  const handlers = new Set<() => void>();
  source
    .onVisibilityModeChanged((message) => {
      visible = message.visibilityMode !== HIDDEN;
      if (visible && missedEdits) {
        missedEdits = false;
        for (const handler of handlers) handler();
      }
    })
    .catch(() => undefined);
  return {
    ...api,
    onDataChanged: async (handler) => {
      handlers.add(handler);
      const stop = await api.onDataChanged(() => {
        if (visible) handler();
        else missedEdits = true;
      });
      return () => {
        handlers.delete(handler);
        stop();
      };
    },
  };
}
