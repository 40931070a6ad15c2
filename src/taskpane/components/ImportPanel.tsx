import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportReport } from "../../workbook/addinApi";
import { useAsyncAction } from "../hooks/useAsyncAction";

export interface ImportPanelProps {
  importPlanText: (text: string) => Promise<ImportReport>;
  /** Called after rows were appended, so the pane can recalculate. */
  onChanged: () => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  button: { alignSelf: "flex-start" },
  unplaced: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Success only when rows came in and every line was placed; otherwise the user has something to check. */
export function importIntent(report: ImportReport): "success" | "warning" {
  return report.rowsImported > 0 && report.unplaced.length === 0 ? "success" : "warning";
}

/** Paste a plan table copied from Word or PDF and append its rows to Plan. */
export function ImportPanel({ importPlanText, onChanged, onError }: ImportPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const importing = useAsyncAction(async (pasted: string) => {
    const report = await importPlanText(pasted);
    if (report.rowsImported > 0) onChanged();
    return report;
  }, onError);
  const report = importing.result;
  return (
    <section className={styles.panel} aria-labelledby="setup-import-heading">
      <h3 id="setup-import-heading" className={styles.heading}>
        Import plan text
      </h3>
      <Field label="Plan text" hint="Paste the plan table copied from Word or PDF, page breaks and all.">
        <Textarea value={text} onChange={(_event, data) => setText(data.value)} rows={6} resize="vertical" />
      </Field>
      <Button
        className={styles.button}
        onClick={() => void importing.run(text)}
        disabled={importing.running || text.trim() === ""}
      >
        Import
      </Button>
      <div role="status" aria-live="polite">
        {importing.running ? <Spinner size="tiny" labelPosition="after" label="Importing…" /> : null}
        {report ? (
          <MessageBar layout="multiline" intent={importIntent(report)}>
            <MessageBarBody>{report.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {report && report.unplaced.length > 0 ? (
        <ul className={styles.unplaced} aria-label="Lines that could not be placed">
          {report.unplaced.map((entry) => (
            <li key={entry.line}>
              Line {entry.line}: “{entry.text}” ({entry.reason})
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
