import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { ActivityInput, ActivityOutcome, FieldErrors, KpiActivityEntry, RecordReport } from "../../workbook/addinApi";
import { validateActivity } from "../../workbook/recordOperations";
import { dateFromInput, dateToInput, hasErrors, numberFromInput } from "../formValues";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { useDetailStyles } from "../detailStyles";
import { RecordResult } from "./RecordResult";

export interface ActivityFormProps {
  activity: KpiActivityEntry;
  defaultDate: number;
  recordActivity: (input: ActivityInput) => Promise<RecordReport>;
  onCancel: () => void;
  onError: (error: unknown) => void;
}

const OUTCOMES: ActivityOutcome[] = ["Held", "Cancelled", "Postponed"];

/** Held (with its date and numbers), Cancelled or Postponed, written to the activity's WorkPlan row. */
export function ActivityForm({ activity, defaultDate, recordActivity, onCancel, onError }: ActivityFormProps): React.JSX.Element {
  const styles = useDetailStyles();
  const [outcome, setOutcome] = React.useState<ActivityOutcome>("Held");
  const [heldOn, setHeldOn] = React.useState(dateToInput(activity.heldOn ?? defaultDate));
  const [participants, setParticipants] = React.useState(activity.participants === null ? "" : String(activity.participants));
  const [women, setWomen] = React.useState(activity.women === null ? "" : String(activity.women));
  const [score, setScore] = React.useState(activity.score === null ? "" : String(activity.score));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const saving = useAsyncAction((input: ActivityInput) => recordActivity(input), onError);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: ActivityInput = {
      row: activity.row,
      id: activity.id,
      outcome,
      heldOn: dateFromInput(heldOn),
      participants: numberFromInput(participants),
      women: numberFromInput(women),
      score: numberFromInput(score),
    };
    const found = validateActivity(input);
    setErrors(found);
    if (!hasErrors(found)) void saving.run(input);
  };
  const held = outcome === "Held";
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={`Record ${activity.id || "activity"}`}>
      <Field label="Outcome">
        <RadioGroup layout="horizontal" value={outcome} onChange={(_e, d) => setOutcome(d.value as ActivityOutcome)}>
          {OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={o} />
          ))}
        </RadioGroup>
      </Field>
      {held ? (
        <>
          <Field label="Held on" required validationMessage={errors.heldOn}>
            <Input className={styles.control} type="date" value={heldOn} onChange={(_e, d) => setHeldOn(d.value)} />
          </Field>
          <div className={styles.pair}>
            <Field label="Participants" validationMessage={errors.participants}>
              <Input className={styles.control} inputMode="numeric" value={participants} onChange={(_e, d) => setParticipants(d.value)} />
            </Field>
            <Field label="Women" validationMessage={errors.women}>
              <Input className={styles.control} inputMode="numeric" value={women} onChange={(_e, d) => setWomen(d.value)} />
            </Field>
            <Field label="Score" validationMessage={errors.score}>
              <Input className={styles.control} inputMode="decimal" value={score} onChange={(_e, d) => setScore(d.value)} />
            </Field>
          </div>
        </>
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving.running}>
          Save to WorkPlan
        </Button>
        <Button onClick={onCancel}>Close</Button>
      </div>
      <RecordResult running={saving.running} message={saving.result?.message} busyLabel="Writing to WorkPlan…" />
    </form>
  );
}
