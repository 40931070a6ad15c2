import * as React from "react";
import { CounterBadge, mergeClasses } from "@fluentui/react-components";
import { useTabFit } from "../hooks/useTabFit";
import { MoreViewsButton, MoreViewsButtonGhost } from "./MoreViewsButton";
import { useViewTabStyles } from "./viewTabStyles";

export type TabName = "overview" | "plan" | "rsp" | "problems" | "setup";

export interface ViewTabsProps {
  selected: TabName;
  onSelect: (tab: TabName) => void;
  /** Problems to show on the Problems tab; errors colour it red. */
  problems: { count: number; errors: number; warnings: number } | null;
}

export interface ViewTab {
  value: TabName;
  label: string;
}

const TABS: readonly ViewTab[] = [
  { value: "overview", label: "Overview" },
  { value: "plan", label: "Plan" },
  { value: "rsp", label: "RSP map" },
  { value: "problems", label: "Problems" },
  { value: "setup", label: "Set up" },
];
const VALUES = TABS.map((tab) => tab.value);
const MINIMUM_VISIBLE = 2;

type Counted = NonNullable<ViewTabsProps["problems"]>;

function describeProblems(counted: Counted): string {
  return `${counted.errors} error${counted.errors === 1 ? "" : "s"}, ${counted.warnings} warning${counted.warnings === 1 ? "" : "s"}`;
}

interface TabContentProps {
  tab: ViewTab;
  counted: Counted | null;
}

function TabContent({ tab, counted }: TabContentProps): React.JSX.Element {
  const styles = useViewTabStyles();
  return (
    <>
      <span className={styles.label} data-label={tab.label}>
        {tab.label}
      </span>
      {counted ? <span className={styles.hidden}>: {describeProblems(counted)}</span> : null}
      {counted ? (
        <CounterBadge
          className={styles.badge}
          count={counted.count}
          size="small"
          color={counted.errors > 0 ? "danger" : "informative"}
          aria-hidden="true"
        />
      ) : null}
    </>
  );
}

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The pane's views, one line at every width: tabs that do not fit move into the "More" menu.
 * The WAI-ARIA tabs pattern with manual activation, as Fluent's TabList does it: Tab enters at
 * the selected tab, arrow keys (and Home, End) move focus, Enter or Space selects
 * (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/). The Problems tab carries its count.
 */
export function ViewTabs({ selected, onSelect, problems }: ViewTabsProps): React.JSX.Element {
  const styles = useViewTabStyles();
  const shownProblems = problems && problems.count > 0 ? problems : null;
  const { row, ghost, fit } = useTabFit(VALUES, selected, MINIMUM_VISIBLE);
  const hidden = new Set(fit.hidden);
  const countedFor = (tab: ViewTab) => (tab.value === "problems" ? shownProblems : null);

  const moveFocus = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const next = NEXT_KEYS[event.key];
    if (!next) return;
    const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not([hidden])'));
    const index = tabs.findIndex((tab) => tab === document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    tabs[next(index, tabs.length)].focus();
  };

  return (
    <div ref={row} className={styles.row}>
      <div role="tablist" aria-label="Views" className={styles.list} onKeyDown={moveFocus}>
        {TABS.map((tab) => (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`tab-${tab.value}`}
            aria-controls="view-panel"
            aria-selected={tab.value === selected}
            tabIndex={tab.value === selected ? 0 : -1}
            hidden={hidden.has(tab.value)}
            className={mergeClasses(styles.tab, tab.value === selected && styles.selected, hidden.has(tab.value) && styles.overflowed)}
            onClick={() => onSelect(tab.value)}
          >
            <TabContent tab={tab} counted={countedFor(tab)} />
          </button>
        ))}
      </div>
      {/* Outside the tablist, which may hold only tabs. */}
      <MoreViewsButton tabs={TABS.filter((tab) => hidden.has(tab.value))} onSelect={onSelect} problems={hidden.has("problems") ? shownProblems : null} />
      <div ref={ghost} className={styles.ghost} aria-hidden="true">
        {TABS.map((tab) => (
          <button key={tab.value} type="button" tabIndex={-1} className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}>
            <TabContent tab={tab} counted={countedFor(tab)} />
          </button>
        ))}
        <MoreViewsButtonGhost errors={shownProblems?.errors ?? 0} />
      </div>
    </div>
  );
}
