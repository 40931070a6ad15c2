import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { AddinApi } from "../workbook/addinApi";
import { App } from "./App";
import { OutsideExcel, type OutsideExcelReason } from "./components/OutsideExcel";

export interface TaskpaneOptions {
  api: AddinApi;
  describeError: (error: unknown) => string;
  theme?: Theme;
}

const roots = new WeakMap<HTMLElement, Root>();

/** One React root per element, so the fallback page can later give way to the pane. */
function rootFor(element: HTMLElement): Root {
  let root = roots.get(element);
  if (!root) {
    root = createRoot(element);
    roots.set(element, root);
  }
  return root;
}

/** Mounts the task pane over any AddinApi: Excel's, or the browser test page's fake. */
export function renderTaskpane(element: HTMLElement, options: TaskpaneOptions): Root {
  const root = rootFor(element);
  root.render(<App api={options.api} describeError={options.describeError} theme={options.theme} />);
  return root;
}

/** Shows what KPI Tracker is and how to open it in Excel. */
export function renderOutsideExcel(element: HTMLElement, reason: OutsideExcelReason, host?: string | null): Root {
  const root = rootFor(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <OutsideExcel reason={reason} host={host} />
    </FluentProvider>
  );
  return root;
}
