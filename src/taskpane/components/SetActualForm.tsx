import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { ActualInput, FieldErrors, RecordReport } from "../../workbook/addinApi";
import { validateActual } from "../../workbook/recordOperations";
import { dateFromInput, dateToInput, hasErrors, numberFromInput } from "../formValues";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { useDetailStyles } from "../detailStyles";
import { RecordResult } from "./RecordResult";

export interface SetActualFormProps {
  refText: string;
  part: number;
  measure: string;
  current: number | null;
  defaultDate: number;
  setActual: (input: ActualInput) => Promise<RecordReport>;
  onError: (error: unknown) => void;
}

/** A manual KPI's Actual and its Last update date, written to its Plan row. */
export function SetActualForm(props: SetActualFormProps): React.JSX.Element {
  const styles = useDetailStyles();
  const [actual, setActualText] = React.useState(props.current === null ? "" : String(props.current));
  const [date, setDate] = React.useState(dateToInput(props.defaultDate));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const saving = useAsyncAction((input: ActualInput) => props.setActual(input), props.onError);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: ActualInput = { ref: props.refText, part: props.part, actual: numberFromInput(actual), date: dateFromInput(date) };
    const found = validateActual(input, props.measure);
    setErrors(found);
    if (!hasErrors(found)) void saving.run(input);
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Set the actual">
      <div className={styles.pair}>
        <Field label="Actual" required validationMessage={errors.actual}>
          <Input className={styles.control} inputMode="decimal" value={actual} onChange={(_e, d) => setActualText(d.value)} />
        </Field>
        <Field label="As of date" required validationMessage={errors.date}>
          <Input className={styles.control} type="date" value={date} onChange={(_e, d) => setDate(d.value)} />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving.running}>
          Set actual
        </Button>
      </div>
      <RecordResult running={saving.running} message={saving.result?.message} busyLabel="Writing to Plan…" />
    </form>
  );
}
