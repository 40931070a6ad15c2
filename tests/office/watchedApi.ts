/** The Office API over a fake workbook with a handler subscribed to its data changes, as the pane has it. */
import { createOfficeApi } from "../../src/office/officeApi";
import type { AddinApi } from "../../src/workbook/addinApi";
import { afterEvents } from "../support/afterEvents";
import type { FakeExcel } from "../support/fakeExcel";
import { planWorkbook } from "./fixtures";

export const TEST_DEBOUNCE_MS = 20;

export interface WatchedApi {
  fake: FakeExcel;
  api: AddinApi;
  handler: jest.Mock;
  unsubscribe: () => void;
  /** Until the fake's events have reached the add-in and its debounce has run (afterEvents). */
  settle: () => Promise<void>;
}

export async function watchedApi(fake: FakeExcel = planWorkbook()): Promise<WatchedApi> {
  const api = createOfficeApi(fake.run, { debounceMs: TEST_DEBOUNCE_MS });
  const handler = jest.fn();
  const unsubscribe = await api.onDataChanged(handler);
  return { fake, api, handler, unsubscribe, settle: () => afterEvents(fake, TEST_DEBOUNCE_MS) };
}
