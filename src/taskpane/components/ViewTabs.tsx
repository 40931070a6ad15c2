import * as React from "react";
import {
  Button,
  CounterBadge,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { lazyPart } from "../lazyPart";
import { PART_NOT_LOADED, PartBoundary } from "./PartBoundary";

const MoreViewsMenu = lazyPart(() =>
  import(/* webpackChunkName: "more-views-menu" */ "./MoreViewsMenu").then((module) => module.MoreViewsMenu)
);

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
  // One line at every pane width: tabs that do not fit move into the "More" menu.
  container: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  // Tighter than Fluent's small tab, so all five fit from about 350 px.
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  badge: { marginLeft: tokens.spacingHorizontalXXS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  more: { flexShrink: 0, minWidth: 0 },
});

type Counted = NonNullable<ViewTabsProps["problems"]>;

function describeProblems(counted: Counted): string {
  return `${counted.errors} error${counted.errors === 1 ? "" : "s"}, ${counted.warnings} warning${counted.warnings === 1 ? "" : "s"}`;
}

/** The "More" button: the views whose tabs did not fit, in a menu loaded when first opened. */
function MoreMenu({ onSelect, problems }: { onSelect: (tab: TabName) => void; problems: Counted | null }) {
  const styles = useStyles();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  // Errors stay in sight when the Problems tab is under More.
  const problemsShown = useIsOverflowItemVisible("problems");
  const [open, setOpen] = React.useState(false);
  const [opened, setOpened] = React.useState(false);
  if (!isOverflowing) return null;
  const errors = !problemsShown && problems && problems.errors > 0 ? problems.errors : 0;
  const close = () => {
    setOpen(false);
    // As a MenuTrigger would: focus goes back to the button unless the user moved it elsewhere.
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('[role="menu"]')) ref.current?.focus();
  };
  return (
    <>
      <Button
        ref={ref}
        className={styles.more}
        appearance="transparent"
        size="small"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpened(true);
          setOpen((wasOpen) => !wasOpen);
        }}
      >
        More<span className={styles.hidden}> views</span>
        {errors > 0 ? (
          <>
            <span className={styles.hidden}>, Problems: {errors} error{errors === 1 ? "" : "s"}</span>
            <CounterBadge className={styles.badge} count={errors} size="small" color="danger" aria-hidden="true" />
          </>
        ) : null}
      </Button>
      {opened ? (
        <PartBoundary
          loadingLabel="Loading the menu…"
          loading={null}
          whenFailed={(retry) => (
            <Button className={styles.more} appearance="transparent" size="small" onClick={retry} title={PART_NOT_LOADED}>
              Retry menu<span className={styles.hidden}>: {PART_NOT_LOADED}</span>
            </Button>
          )}
        >
          <MoreViewsMenu
            open={open}
            target={ref.current}
            tabs={TABS}
            onSelect={(tab) => {
              setOpen(false);
              onSelect(tab);
            }}
            onClose={close}
          />
        </PartBoundary>
      ) : null}
    </>
  );
}

/** The pane's views; the Problems tab carries its count, errors first. */
export function ViewTabs({ selected, onSelect, problems }: ViewTabsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <div className={styles.container}>
        <TabList
          className={styles.tabs}
          selectedValue={selected}
          onTabSelect={(_event, data) => onSelect(data.value as TabName)}
          aria-label="Views"
          size="small"
        >
          {TABS.map((entry) => {
            const counted = entry.value === "problems" && problems && problems.count > 0 ? problems : null;
            return (
              <OverflowItem key={entry.value} id={entry.value} priority={entry.value === selected ? 2 : 1}>
                <Tab className={styles.tab} value={entry.value} id={`tab-${entry.value}`} aria-controls="view-panel">
                  {entry.label}
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
                </Tab>
              </OverflowItem>
            );
          })}
        </TabList>
        {/* Outside the tablist, which may hold only tabs. */}
        <MoreMenu onSelect={onSelect} problems={problems && problems.count > 0 ? problems : null} />
      </div>
    </Overflow>
  );
}
