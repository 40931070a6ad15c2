import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/types";

export interface StatusBadgeProps {
  status: Status;
  /** Shown after the label ("On track 3") in status counts. */
  count?: number;
}

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    paddingTop: "1px",
    paddingBottom: "1px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  // Theme tokens: tinted backgrounds with the theme's main text colour keep each badge readable in
  // the light and the dark theme alike (the sheet's fixed fills would glare in the dark theme).
  Invalid: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
  "No data": { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  "Not started": { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorNeutralForeground1 },
  Achieved: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1 },
  Missed: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundStaticInverted },
  "On track": { backgroundColor: tokens.colorPaletteLightGreenBackground2, color: tokens.colorNeutralForeground1 },
  "At risk": { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  "Off track": { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
});

/** A status as text on its status colour: the words carry the meaning, the colour repeats it. */
export function StatusBadge({ status, count }: StatusBadgeProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.badge, styles[status])}>{count === undefined ? status : `${status}: ${count}`}</span>
  );
}
