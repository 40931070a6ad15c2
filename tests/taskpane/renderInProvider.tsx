import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./resizeObserverStub";

/** Renders a component the way the pane does: inside Fluent's provider. */
export function renderInProvider(element: React.ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}
