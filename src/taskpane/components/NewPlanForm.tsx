import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { NewPlanOptions } from "../../workbook/addinApi";
import { validateNewPlan } from "../../workbook/startPlan";
import { dateFromInput, hasErrors } from "../formValues";
import { useAsyncAction } from "../hooks/useAsyncAction";

export interface NewPlanFormProps {
  /** "empty": name, dates and pillars; "import": name, dates and the pasted plan text. */
  mode: "empty" | "import";
  /** Creates the plan; resolves to the message to show and whether anything was created. */
  submit: (options: NewPlanOptions, text: string) => Promise<{ message: string; created: boolean }>;
  onChanged: () => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dates: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
  button: { alignSelf: "flex-start" },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
});

/** The plan of a user's own: an empty one, or one filled from pasted plan text. */
export function NewPlanForm({ mode, submit, onChanged, onError }: NewPlanFormProps): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const [start, setStart] = React.useState("");
  const [end, setEnd] = React.useState("");
  const [pillars, setPillars] = React.useState("");
  const [text, setText] = React.useState("");
  const [errors, setErrors] = React.useState<Partial<Record<string, string>>>({});
  const creating = useAsyncAction(async (options: NewPlanOptions, pasted: string) => {
    const outcome = await submit(options, pasted);
    if (outcome.created) onChanged();
    return outcome;
  }, onError);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const options: NewPlanOptions = {
      name,
      start: dateFromInput(start) ?? Number.NaN,
      end: dateFromInput(end) ?? Number.NaN,
      pillars: pillars.split("\n"),
    };
    const found: Partial<Record<string, string>> = { ...validateNewPlan(options, mode === "empty") };
    if (mode === "import" && text.trim() === "") found.text = "Paste the plan text to import.";
    setErrors(found);
    if (!hasErrors(found)) void creating.run(options, text);
  };
  const message = (key: string) => errors[key];
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={mode === "empty" ? "Start an empty plan" : "Import a plan"}>
      <Field label="Plan name" required validationMessage={message("name")}>
        <Input className={styles.control} value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <div className={styles.dates}>
        <Field label="Starts" required validationMessage={message("start")}>
          <Input className={styles.control} type="date" value={start} onChange={(_e, d) => setStart(d.value)} />
        </Field>
        <Field label="Ends" required validationMessage={message("end")}>
          <Input className={styles.control} type="date" value={end} onChange={(_e, d) => setEnd(d.value)} />
        </Field>
      </div>
      <Field
        label="Pillar titles, one per line"
        required={mode === "empty"}
        hint={mode === "import" ? "Optional: without titles, pillars are named Pillar 1, Pillar 2 …" : "Members and RSP milestones can be added to their tables later."}
        validationMessage={message("pillars")}
      >
        <Textarea value={pillars} onChange={(_e, d) => setPillars(d.value)} rows={3} resize="vertical" />
      </Field>
      {mode === "import" ? (
        <Field label="Plan text" required hint="Paste the plan table copied from Word or PDF, page breaks and all." validationMessage={message("text")}>
          <Textarea value={text} onChange={(_e, d) => setText(d.value)} rows={5} resize="vertical" />
        </Field>
      ) : null}
      <Button className={styles.button} type="submit" appearance="primary" disabled={creating.running}>
        {mode === "empty" ? "Create the plan" : "Create and import"}
      </Button>
      <div role="status" aria-live="polite">
        {creating.running ? <Spinner size="tiny" labelPosition="after" label="Creating the tables…" /> : null}
        {creating.result ? (
          <MessageBar layout="multiline" intent={creating.result.created ? "success" : "warning"}>
            <MessageBarBody>{creating.result.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}
