import { liveOnlyWhileVisible, type VisibilityMessage } from "../../src/office/paneVisibility";
import type { AddinApi } from "../../src/workbook/addinApi";

/** An add-in API whose data-change subscription the test fires by hand. */
function apiWithEdits(): { api: AddinApi; edit: () => void; unsubscribed: () => number } {
  let listener: (() => void) | null = null;
  let stops = 0;
  const api = {
    onDataChanged: async (handler: () => void) => {
      listener = handler;
      return () => {
        listener = null;
        stops += 1;
      };
    },
  } as unknown as AddinApi;
  return { api, edit: () => listener?.(), unsubscribed: () => stops };
}

function visibility() {
  let notify: ((message: VisibilityMessage) => void) | null = null;
  return {
    source: {
      onVisibilityModeChanged: async (handler: (message: VisibilityMessage) => void) => {
        notify = handler;
        return async () => undefined;
      },
    },
    set: (visibilityMode: string) => notify?.({ visibilityMode }),
  };
}

describe("live recalculation only while the pane shows", () => {
  it("passes edits through while the pane shows, holds them while hidden, and runs once when it shows again", async () => {
    const { api, edit } = apiWithEdits();
    const pane = visibility();
    const gated = liveOnlyWhileVisible(api, pane.source);
    const handler = jest.fn();
    await gated.onDataChanged(handler);

    edit();
    expect(handler).toHaveBeenCalledTimes(1);
    pane.set("Hidden");
    edit();
    edit();
    expect(handler).toHaveBeenCalledTimes(1);
    pane.set("Taskpane");
    expect(handler).toHaveBeenCalledTimes(2);
    pane.set("Taskpane");
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("showing the pane again without edits in between recalculates nothing", async () => {
    const { api } = apiWithEdits();
    const pane = visibility();
    const handler = jest.fn();
    await liveOnlyWhileVisible(api, pane.source).onDataChanged(handler);
    pane.set("Hidden");
    pane.set("Taskpane");
    expect(handler).not.toHaveBeenCalled();
  });

  it("unsubscribing stops both the edits and the catch-up", async () => {
    const { api, edit, unsubscribed } = apiWithEdits();
    const pane = visibility();
    const handler = jest.fn();
    const stop = await liveOnlyWhileVisible(api, pane.source).onDataChanged(handler);
    pane.set("Hidden");
    edit();
    stop();
    pane.set("Taskpane");
    expect(handler).not.toHaveBeenCalled();
    expect(unsubscribed()).toBe(1);
  });

  it("leaves the API as it is where the host has no visibility events (before SharedRuntime 1.1)", () => {
    const { api } = apiWithEdits();
    expect(liveOnlyWhileVisible(api, undefined)).toBe(api);
  });
});
