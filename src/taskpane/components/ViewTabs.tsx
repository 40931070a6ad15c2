import * as React from "react";
import { CounterBadge, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";

export type TabName = "overview" | "plan" | "rsp" | "problems" | "setup";

export interface ViewTabsProps {
  selected: TabName;
  onSelect: (tab: TabName) => void;
  /** Problems to show on the Problems tab; errors colour it red. */
  problems: { count: number; errors: number; warnings: number } | null;
}

const TABS: ReadonlyArray<{ value: TabName; label: string }> = [
  { value: "overview", label: "Overview" },
  { value: "plan", label: "Plan" },
  { value: "rsp", label: "RSP map" },
  { value: "problems", label: "Problems" },
  { value: "setup", label: "Set up" },
];

const useStyles = makeStyles({
  // One line at every pane width: the tabs shrink their padding rather than wrap.
  tabs: { flexWrap: "nowrap", minWidth: 0, columnGap: 0 },
  tab: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    // Excel's narrowest panes (320 px): smaller text and padding keep all five tabs on one line.
    "@media (max-width: 399px)": {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
      fontSize: tokens.fontSizeBase200,
    },
  },
  badge: { marginLeft: tokens.spacingHorizontalXXS },
});

/** The pane's views; the Problems tab carries its count, errors first. */
export function ViewTabs({ selected, onSelect, problems }: ViewTabsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      selectedValue={selected}
      onTabSelect={(_event, data) => onSelect(data.value as TabName)}
      aria-label="Views"
      size="small"
    >
      {TABS.map((entry) => {
        const counted = entry.value === "problems" && problems && problems.count > 0 ? problems : null;
        const description = counted
          ? `${counted.errors} error${counted.errors === 1 ? "" : "s"}, ${counted.warnings} warning${counted.warnings === 1 ? "" : "s"}`
          : undefined;
        return (
          <Tab
            key={entry.value}
            className={styles.tab}
            value={entry.value}
            id={`tab-${entry.value}`}
            aria-controls="view-panel"
            title={description ? `${entry.label}: ${description}` : entry.label}
            aria-label={description ? `${entry.label}: ${description}` : undefined}
          >
            {entry.label}
            {counted ? (
              <CounterBadge
                className={styles.badge}
                count={counted.count}
                size="small"
                color={counted.errors > 0 ? "danger" : "informative"}
                aria-hidden="true"
              />
            ) : null}
          </Tab>
        );
      })}
    </TabList>
  );
}
