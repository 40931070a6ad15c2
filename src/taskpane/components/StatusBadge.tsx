import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/types";
import { STATUS_COLORS } from "../../core/statusColors";

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
  },
});

/** A status as text on its status colour: the words carry the meaning, the colour repeats it. */
export function StatusBadge({ status, count }: StatusBadgeProps): React.JSX.Element {
  const styles = useStyles();
  const colors = STATUS_COLORS[status];
  return (
    <span className={styles.badge} style={{ backgroundColor: colors.fill, color: colors.font }}>
      {count === undefined ? status : `${status}: ${count}`}
    </span>
  );
}
