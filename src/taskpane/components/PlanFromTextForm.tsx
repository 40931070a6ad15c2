import * as React from "react";
import { Button, Checkbox, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanFromTextChoices, PlanFromTextResult } from "../../workbook/addinApi";
import { SETTING_KEYS } from "../../workbook/settings";
import { dateFromInput } from "../formValues";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { NewWorkbookOutcome } from "./NewWorkbookOutcome";

export interface PlanFromTextFormProps {
  /** The pasted plan text (the Import panel's). */
  text: string;
  createPlanFromText: (text: string, choices: PlanFromTextChoices) => Promise<PlanFromTextResult>;
  /** Shows the lines the import could not place (the Import panel's list). */
  onUnplaced: (lines: PlanFromTextResult["unplaced"]) => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dates: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const BLANK_HINT = "Leave blank to use what the text says.";

/** Import → Start a new plan from this text: a new workbook with the text's plan, this one unchanged. */
export function PlanFromTextForm({ text, createPlanFromText, onUnplaced, onError }: PlanFromTextFormProps): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const [start, setStart] = React.useState("");
  const [end, setEnd] = React.useState("");
  const [keepMembers, setKeepMembers] = React.useState(false);
  const [errors, setErrors] = React.useState<Partial<Record<"name" | "start" | "end", string>>>({});
  const creating = useAsyncAction(async (choices: PlanFromTextChoices) => {
    const result = await createPlanFromText(text, choices);
    onUnplaced(result.unplaced);
    setErrors({
      ...(result.missing.includes(SETTING_KEYS.planName) ? { name: "The text does not name the plan: enter its name." } : {}),
      ...(result.missing.includes(SETTING_KEYS.planStart) ? { start: "The text does not say when the plan starts: enter the date." } : {}),
      ...(result.missing.includes(SETTING_KEYS.planEnd) ? { end: "The text does not say when the plan ends: enter the date." } : {}),
    });
    return result;
  }, onError);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const from = dateFromInput(start);
    const to = dateFromInput(end);
    const found = {
      ...(Number.isNaN(from) ? { start: "Enter a date, or leave it blank." } : {}),
      ...(Number.isNaN(to) ? { end: "Enter a date, or leave it blank." } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) void creating.run({ name: name.trim(), start: from, end: to, keepMembers });
  };
  const result = creating.result;

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Start a new plan from this text">
      <Field label="New plan's name" hint={BLANK_HINT} validationMessage={errors.name}>
        <Input className={styles.control} value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <div className={styles.dates}>
        <Field label="New plan starts" hint={BLANK_HINT} validationMessage={errors.start}>
          <Input className={styles.control} type="date" value={start} onChange={(_e, d) => setStart(d.value)} />
        </Field>
        <Field label="New plan ends" hint={BLANK_HINT} validationMessage={errors.end}>
          <Input className={styles.control} type="date" value={end} onChange={(_e, d) => setEnd(d.value)} />
        </Field>
      </div>
      <Checkbox
        checked={keepMembers}
        onChange={(_e, d) => setKeepMembers(d.checked === true)}
        label="Keep this workbook's Members and RSP (leave off for another organisation's plan)"
      />
      <Button className={styles.button} type="submit" appearance="primary" disabled={creating.running || text.trim() === ""}>
        Create the new plan&apos;s workbook
      </Button>
      <div role="status" aria-live="polite">
        {creating.running ? <Spinner size="tiny" labelPosition="after" label="Building the new plan's workbook…" /> : null}
        {result?.file ? <NewWorkbookOutcome file={result.file} message={result.message} /> : null}
        {result?.file && result.settingLines.length > 0 ? (
          <ul className={styles.list} aria-label="Settings of the new plan, and where each came from">
            {result.settingLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        {result && !result.file ? <span>{result.message}</span> : null}
      </div>
    </form>
  );
}
