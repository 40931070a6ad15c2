import * as React from "react";
import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { NextCycleDraft, NextCycleResult, RolloverOptions } from "../../workbook/addinApi";
import { planPeriodErrors } from "../../workbook/planPeriod";
import { dateFromInput, dateToInput, hasErrors } from "../formValues";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { NewWorkbookOutcome } from "./NewWorkbookOutcome";
import { RolloverSummary } from "./RolloverSummary";

export interface NextCyclePanelProps {
  /** Reads this plan's name and period and what would carry over (no write). */
  draftNextCycle: () => Promise<NextCycleDraft>;
  /** Builds the next plan's workbook and opens it or offers it; this workbook is not changed. */
  createNextCycle: (options: RolloverOptions) => Promise<NextCycleResult>;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dates: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
  button: { alignSelf: "flex-start" },
});

/** Set up → Start the next cycle: this plan's next period as a new workbook (DESIGN.md §5 "Roll over"). */
export function NextCyclePanel({ draftNextCycle, createNextCycle, onError }: NextCyclePanelProps): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const [start, setStart] = React.useState("");
  const [end, setEnd] = React.useState("");
  const [errors, setErrors] = React.useState<Partial<Record<string, string>>>({});
  const drafting = useAsyncAction(async () => {
    const draft = await draftNextCycle();
    setName(draft.name);
    setStart(dateToInput(draft.start));
    setEnd(dateToInput(draft.end));
    return draft;
  }, onError);
  const creating = useAsyncAction((options: RolloverOptions) => createNextCycle(options), onError);
  const draft = drafting.result;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const from = dateFromInput(start);
    const to = dateFromInput(end);
    const found = planPeriodErrors(name, from, to, "the next plan");
    setErrors(found);
    if (!hasErrors(found)) void creating.run({ name: name.trim(), start: from as number, end: to as number });
  };

  return (
    <section className={styles.panel} aria-labelledby="setup-next-cycle-heading">
      <h3 id="setup-next-cycle-heading" className={styles.heading}>
        Start the next cycle
      </h3>
      <Text>
        Makes the next plan from this one as a new workbook: the new period, the same Members and RSP, the Plan rows without
        actuals, this plan&apos;s History for reference. This workbook is not changed.
      </Text>
      {draft === undefined ? (
        <Button className={styles.button} onClick={() => void drafting.run()} disabled={drafting.running}>
          Prepare the next cycle
        </Button>
      ) : (
        <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="The next cycle">
          <Field label="Next plan's name" required validationMessage={errors.name}>
            <Input className={styles.control} value={name} onChange={(_e, d) => setName(d.value)} />
          </Field>
          <div className={styles.dates}>
            <Field label="Next plan starts" required validationMessage={errors.start}>
              <Input className={styles.control} type="date" value={start} onChange={(_e, d) => setStart(d.value)} />
            </Field>
            <Field label="Next plan ends" required validationMessage={errors.end}>
              <Input className={styles.control} type="date" value={end} onChange={(_e, d) => setEnd(d.value)} />
            </Field>
          </div>
          {draft.report && !creating.result ? <RolloverSummary report={draft.report} label="What carries over" /> : null}
          <Button className={styles.button} type="submit" appearance="primary" disabled={creating.running}>
            Create the next plan&apos;s workbook
          </Button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {drafting.running ? <Spinner size="tiny" labelPosition="after" label="Reading this plan…" /> : null}
        {creating.running ? <Spinner size="tiny" labelPosition="after" label="Building the next plan's workbook…" /> : null}
        {creating.result ? (
          <>
            <NewWorkbookOutcome file={creating.result.file} message={`Built "${creating.result.report.name}".`} />
            <RolloverSummary report={creating.result.report} label="What carried over" />
          </>
        ) : null}
      </div>
    </section>
  );
}
