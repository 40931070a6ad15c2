/**
 * The task pane's host file: the only place in src/taskpane that touches Office. It never
 * blocks on Office: without office.js, or when Office does not answer quickly, the page says
 * what KPI Tracker is and how to open it in Excel instead of staying blank.
 */
import { createOfficeApi } from "../office/officeApi";
import { describeOfficeError } from "../office/errors";
import { liveOnlyWhileVisible } from "../office/paneVisibility";
import { renderOutsideExcel, renderTaskpane } from "./render";
import { themeForBackground } from "./theme";

const OFFICE_READY_TIMEOUT_MS = 1500;

function officeBackgroundColor(): string | undefined {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // officeTheme is not available in every host and version: fall back to the light theme.
    return undefined;
  }
}

function start(container: HTMLElement): void {
  if (typeof Office === "undefined") {
    renderOutsideExcel(container, "office-missing");
    return;
  }
  // Shown if Office stays silent; replaced by the pane should Excel answer later after all.
  const fallback = window.setTimeout(() => renderOutsideExcel(container, "not-ready"), OFFICE_READY_TIMEOUT_MS);
  Office.onReady()
    .then((info) => {
      window.clearTimeout(fallback);
      if (info.host !== Office.HostType.Excel) {
        renderOutsideExcel(container, "other-host", info.host ? String(info.host) : null);
        return;
      }
      renderTaskpane(container, {
        api: liveOnlyWhileVisible(createOfficeApi(Excel.run), Office.addin),
        describeError: describeOfficeError,
        theme: themeForBackground(officeBackgroundColor()),
      });
    })
    .catch(() => {
      window.clearTimeout(fallback);
      renderOutsideExcel(container, "not-ready");
    });
}

const container = document.getElementById("container");
if (container) start(container);
