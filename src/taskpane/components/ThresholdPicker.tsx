import * as React from "react";
import { Button, Field, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { THRESHOLD_PRESETS, type Thresholds } from "../../core/types";
import { useAsyncAction } from "../hooks/useAsyncAction";

export interface ThresholdPickerProps {
  /** The thresholds in Settings now, or null when no plan is loaded. */
  current: Thresholds | null;
  setThresholds: (thresholds: Thresholds) => Promise<void>;
  /** Called after Settings changed, so the pane can recalculate. */
  onChanged: () => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  button: { alignSelf: "flex-start" },
});

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** "On track from 95%, at risk from 85%": the preset in words rather than "95 / 85". */
export function describeThresholds(thresholds: Thresholds): string {
  return `On track from ${percent(thresholds.onTrackAt)}, at risk from ${percent(thresholds.atRiskAt)}`;
}

function presetIndexOf(thresholds: Thresholds | null): string {
  if (!thresholds) return "";
  const index = THRESHOLD_PRESETS.findIndex(
    (preset) =>
      preset.thresholds.onTrackAt === thresholds.onTrackAt && preset.thresholds.atRiskAt === thresholds.atRiskAt
  );
  return index < 0 ? "" : String(index);
}

/** Status thresholds (On track at / At risk at), chosen from the presets. */
export function ThresholdPicker({ current, setThresholds, onChanged, onError }: ThresholdPickerProps): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<string>(presetIndexOf(current));
  const onTrackAt = current?.onTrackAt;
  const atRiskAt = current?.atRiskAt;
  React.useEffect(() => {
    if (onTrackAt !== undefined && atRiskAt !== undefined) setChosen(presetIndexOf({ onTrackAt, atRiskAt }));
  }, [onTrackAt, atRiskAt]);
  const saving = useAsyncAction(async (thresholds: Thresholds) => {
    await setThresholds(thresholds);
    onChanged();
    return thresholds;
  }, onError);

  // Choosing (arrow keys move through radios) only selects; the Apply button writes Settings.
  const inSettings = presetIndexOf(current);
  const apply = () => {
    const preset = THRESHOLD_PRESETS[Number(chosen)];
    if (chosen !== "" && preset) void saving.run(preset.thresholds);
  };
  const saved = saving.result;
  const hint = current
    ? `Now: ${describeThresholds(current)}${inSettings === "" ? " (set by hand in Settings)" : ""}. Below that is Off track.`
    : "Insert or import a plan first: the thresholds are kept in its Settings table.";
  return (
    <section className={styles.panel} aria-labelledby="setup-thresholds-heading">
      <h3 id="setup-thresholds-heading" className={styles.heading}>
        Status thresholds
      </h3>
      <Field label="Progress against the expected value needed for each status" hint={hint}>
        <RadioGroup value={chosen} onChange={(_event, data) => setChosen(data.value)} disabled={saving.running || !current}>
          {THRESHOLD_PRESETS.map((preset, index) => (
            <Radio
              key={preset.label}
              value={String(index)}
              label={`${describeThresholds(preset.thresholds)}${index === 0 ? " (default)" : ""}`}
            />
          ))}
        </RadioGroup>
      </Field>
      <Button className={styles.button} onClick={apply} disabled={saving.running || !current || chosen === "" || chosen === inSettings}>
        Apply thresholds
      </Button>
      <div role="status" aria-live="polite">
        {saving.running ? <Spinner size="tiny" labelPosition="after" label="Saving to Settings…" /> : null}
        {saved && !saving.running ? <Text>Saved to Settings: {describeThresholds(saved)}.</Text> : null}
        {!saving.running && chosen !== "" && chosen !== inSettings && current ? <Text>Not applied yet.</Text> : null}
      </div>
    </section>
  );
}
