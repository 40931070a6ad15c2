import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportReport, PlanFromTextChoices, PlanFromTextResult } from "../../workbook/addinApi";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { PlanFromTextForm } from "./PlanFromTextForm";

export interface ImportPanelProps {
  importPlanText: (text: string) => Promise<ImportReport>;
  /** A different plan from the text, as a new workbook (this one unchanged). */
  createPlanFromText: (text: string, choices: PlanFromTextChoices) => Promise<PlanFromTextResult>;
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

type ImportChoice = "append" | "new";

/**
 * Paste a plan table copied from Word or PDF: append its rows to this plan, or start a new plan
 * (a new workbook) from it, so another plan's Settings, Members and RSP are never left behind.
 */
export function ImportPanel({ importPlanText, createPlanFromText, onChanged, onError }: ImportPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [choice, setChoice] = React.useState<ImportChoice>("append");
  const [newPlanUnplaced, setNewPlanUnplaced] = React.useState<ImportReport["unplaced"]>([]);
  const importing = useAsyncAction(async (pasted: string) => {
    const report = await importPlanText(pasted);
    if (report.rowsImported > 0) onChanged();
    return report;
  }, onError);
  const report = importing.result;
  const unplaced = choice === "new" ? newPlanUnplaced : (report?.unplaced ?? []);
  return (
    <section className={styles.panel} aria-labelledby="setup-import-heading">
      <h3 id="setup-import-heading" className={styles.heading}>
        Import plan text
      </h3>
      <Field label="Plan text" hint="Paste the plan table copied from Word or PDF, page breaks and all.">
        <Textarea value={text} onChange={(_event, data) => setText(data.value)} rows={6} resize="vertical" />
      </Field>
      <RadioGroup value={choice} onChange={(_event, data) => setChoice(data.value as ImportChoice)} aria-label="What the text becomes">
        <Radio value="append" label="Add these rows to this plan" />
        <Radio value="new" label="Start a new plan from this text (a new workbook; this one stays as it is)" />
      </RadioGroup>
      {choice === "append" ? (
        <>
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
        </>
      ) : (
        <PlanFromTextForm text={text} createPlanFromText={createPlanFromText} onUnplaced={setNewPlanUnplaced} onError={onError} />
      )}
      {unplaced.length > 0 ? (
        <ul className={styles.unplaced} aria-label="Lines that could not be placed">
          {unplaced.map((entry) => (
            <li key={entry.line}>
              Line {entry.line}: “{entry.text}” ({entry.reason})
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
