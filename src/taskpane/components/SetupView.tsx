import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type {
  ImportReport,
  NextCycleDraft,
  NextCycleResult,
  PlanFromTextChoices,
  PlanFromTextResult,
  RolloverOptions,
  SelfTestReport,
  SetupReport,
} from "../../workbook/addinApi";
import type { Thresholds } from "../../core/types";
import { CheckExcel } from "./CheckExcel";
import { ImportPanel } from "./ImportPanel";
import { InsertPlanPanel } from "./InsertPlanPanel";
import { NextCyclePanel } from "./NextCyclePanel";
import { ThresholdPicker } from "./ThresholdPicker";

export interface SetupViewProps {
  currentThresholds: Thresholds | null;
  setUp: () => Promise<SetupReport>;
  importPlanText: (text: string) => Promise<ImportReport>;
  createPlanFromText: (text: string, choices: PlanFromTextChoices) => Promise<PlanFromTextResult>;
  draftNextCycle: () => Promise<NextCycleDraft>;
  createNextCycle: (options: RolloverOptions) => Promise<NextCycleResult>;
  setThresholds: (thresholds: Thresholds) => Promise<void>;
  /** Called after the workbook's plan data changed, so the pane can recalculate. */
  onWorkbookChanged: () => void;
  onError: (error: unknown) => void;
  /** "Check this Excel" (shown when the add-in API offers it). */
  checkExcel?: () => Promise<SelfTestReport>;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function SetupView(props: SetupViewProps): React.JSX.Element {
  const styles = useStyles();
  const { onWorkbookChanged, onError } = props;
  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>Set up</h2>
      <InsertPlanPanel setUp={props.setUp} onChanged={onWorkbookChanged} onError={onError} />
      <ImportPanel
        importPlanText={props.importPlanText}
        createPlanFromText={props.createPlanFromText}
        onChanged={onWorkbookChanged}
        onError={onError}
      />
      <NextCyclePanel draftNextCycle={props.draftNextCycle} createNextCycle={props.createNextCycle} onError={onError} />
      <ThresholdPicker
        current={props.currentThresholds}
        setThresholds={props.setThresholds}
        onChanged={onWorkbookChanged}
        onError={onError}
      />
      {props.checkExcel ? <CheckExcel run={props.checkExcel} /> : null}
    </div>
  );
}
