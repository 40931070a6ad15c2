/**
 * Browser test page (dev-only webpack entry, never in the production build or manifest): the
 * real task pane, mounted over the in-memory Excel fake through the real Office API layer, so
 * Playwright can drive it without office.js or Excel.
 */
import { webDarkTheme } from "@fluentui/react-components";
import { createOfficeApi } from "../../../src/office/officeApi";
import { describeOfficeError } from "../../../src/office/errors";
import { renderTaskpane } from "../../../src/taskpane/render";
import { createFakeExcel } from "../../support/fakeExcel";
import { scenarioFromQuery, seedTables } from "./scenario";
import { createTestHook, type KpiTestHook } from "./testHook";

declare global {
  interface Window {
    __kpiTest?: KpiTestHook;
  }
}

function start(container: HTMLElement): Promise<void> {
  // The benchmark reports the time the test page spends building its fake workbook and doing the
  // fake's work in each sync, which the real pane does not (Excel holds the workbook and answers
  // from its own process): from "kpi:test-seed-start" to "…-end", and fakeWorkMs.
  performance.mark("kpi:test-seed-start");
  const fake = createFakeExcel({ tables: seedTables(scenarioFromQuery(window.location.search)), timeSyncs: true });
  performance.mark("kpi:test-seed-end");
  const ready = Promise.resolve().then(() => {
    // ?theme=dark: the pane as Office's dark themes show it (index.tsx picks it from officeTheme).
    const theme = new URLSearchParams(window.location.search).get("theme") === "dark" ? webDarkTheme : undefined;
    renderTaskpane(container, { api: createOfficeApi(fake.run, { createWorkbook: fake.createWorkbook }), describeError: describeOfficeError, theme });
  });
  window.__kpiTest = createTestHook(fake, ready);
  return ready;
}

const container = document.getElementById("container");
if (container) {
  start(container).catch((error: unknown) => {
    container.textContent = `Test page failed to start: ${String(error)}`;
  });
}
