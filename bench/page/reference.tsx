/**
 * The benchmark's reference page: the least a React + Fluent UI v9 page can be (a provider, one
 * Text, one Button), built by webpack with the pane's own production settings in the same
 * benchmark run. It marks its first text as the pane marks its first Overview (a layout effect),
 * so both are timed by the same in-page clock.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

export const REFERENCE_MARK = "bench:first-text";

function Reference(): React.JSX.Element {
  React.useLayoutEffect(() => {
    performance.mark(REFERENCE_MARK);
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Text>KPI Tracker reference page</Text>
      <Button>OK</Button>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) createRoot(container).render(<Reference />);
