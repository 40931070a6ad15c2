import * as React from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { FieldErrors, RecordReport, UpdateInput } from "../../workbook/addinApi";
import type { MemberRecord } from "../../workbook/records";
import { validateUpdate } from "../../workbook/recordOperations";
import { dateFromInput, dateToInput, hasErrors, numberFromInput } from "../formValues";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { useDetailStyles } from "../detailStyles";
import { RecordResult } from "./RecordResult";

export interface LogUpdateFormProps {
  refText: string;
  part: number;
  measure: string;
  members: readonly MemberRecord[];
  /** The date the form starts with (the plan's as-of date: today unless Settings fixes one). */
  defaultDate: number;
  logUpdate: (input: UpdateInput) => Promise<RecordReport>;
  onError: (error: unknown) => void;
}

/** Log an update: checked here first, then appended to Updates in one write. */
export function LogUpdateForm(props: LogUpdateFormProps): React.JSX.Element {
  const styles = useDetailStyles();
  const [date, setDate] = React.useState(dateToInput(props.defaultDate));
  const [value, setValue] = React.useState("");
  const [member, setMember] = React.useState("");
  const [evidence, setEvidence] = React.useState("");
  const [by, setBy] = React.useState("");
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const saving = useAsyncAction(async (input: UpdateInput) => {
    const report = await props.logUpdate(input);
    setValue("");
    setMember("");
    setEvidence("");
    return report;
  }, props.onError);
  const countsMembers = props.measure === "updates:members";

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: UpdateInput = {
      ref: props.refText,
      part: props.part,
      date: dateFromInput(date),
      value: numberFromInput(value),
      member,
      evidence,
      by,
    };
    const found = validateUpdate(input, props.measure, props.members);
    setErrors(found);
    if (!hasErrors(found)) void saving.run(input);
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Log an update">
      <div className={styles.pair}>
        <Field label="Date" required validationMessage={errors.date}>
          <Input className={styles.control} type="date" value={date} onChange={(_e, d) => setDate(d.value)} />
        </Field>
        <Field label="Value" required={props.measure === "updates:sum" || props.measure === "updates:latest"} validationMessage={errors.value}>
          <Input className={styles.control} inputMode="decimal" value={value} onChange={(_e, d) => setValue(d.value)} />
        </Field>
      </div>
      {props.members.length > 0 ? (
        <Field label="Member" required={countsMembers} validationMessage={errors.member}>
          <Select className={styles.control} value={member} onChange={(_e, d) => setMember(d.value)}>
            <option value="">{countsMembers ? "Choose a Member" : "(none)"}</option>
            {props.members.map((m) => (
              <option key={m.code} value={m.name}>
                {`${m.name} (${m.subregion || m.code})`}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label="Member" required={countsMembers} validationMessage={errors.member} hint="The Members table is empty: type a name.">
          <Input className={styles.control} value={member} onChange={(_e, d) => setMember(d.value)} />
        </Field>
      )}
      <Field label="Evidence (text or link)" validationMessage={errors.evidence}>
        <Input className={styles.control} value={evidence} onChange={(_e, d) => setEvidence(d.value)} />
      </Field>
      <Field label="By" validationMessage={errors.by}>
        <Input className={styles.control} value={by} onChange={(_e, d) => setBy(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving.running}>
          Log update
        </Button>
      </div>
      <RecordResult running={saving.running} message={saving.result?.message} busyLabel="Writing to Updates…" />
    </form>
  );
}
