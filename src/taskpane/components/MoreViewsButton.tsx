import * as React from "react";
import { Button, CounterBadge } from "@fluentui/react-components";
import { lazyPart } from "../lazyPart";
import { PART_NOT_LOADED, PartBoundary } from "./PartBoundary";
import type { TabName, ViewTab } from "./ViewTabs";
import { useViewTabStyles } from "./viewTabStyles";

const MoreViewsMenu = lazyPart(() =>
  import(/* webpackChunkName: "more-views-menu" */ "./MoreViewsMenu").then((module) => module.MoreViewsMenu)
);

export interface MoreViewsButtonProps {
  /** The views whose tabs did not fit; none, and there is no button. */
  tabs: readonly ViewTab[];
  onSelect: (tab: TabName) => void;
  /** Problems, when the Problems tab is among `tabs`: its errors stay in sight on the button. */
  problems: { errors: number } | null;
}

function ErrorCount({ errors }: { errors: number }): React.JSX.Element {
  const styles = useViewTabStyles();
  return <CounterBadge className={styles.badge} count={errors} size="small" color="danger" aria-hidden="true" />;
}

/** The "More" button: the views whose tabs did not fit, in a menu loaded when first opened. */
export function MoreViewsButton({ tabs, onSelect, problems }: MoreViewsButtonProps): React.JSX.Element | null {
  const styles = useViewTabStyles();
  const button = React.useRef<HTMLButtonElement>(null);
  const [open, setOpen] = React.useState(false);
  const [opened, setOpened] = React.useState(false);
  if (tabs.length === 0) return null;
  const errors = problems?.errors ?? 0;
  const close = () => {
    setOpen(false);
    // As a MenuTrigger would: focus goes back to the button unless the user moved it elsewhere.
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('[role="menu"]')) button.current?.focus();
  };
  return (
    <>
      <Button
        ref={button}
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
            <ErrorCount errors={errors} />
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
            target={button.current}
            tabs={tabs}
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

/** The button as wide as it would be, for measuring; never seen or focused. */
export function MoreViewsButtonGhost({ errors }: { errors: number }): React.JSX.Element {
  const styles = useViewTabStyles();
  return (
    <Button className={styles.more} appearance="transparent" size="small" tabIndex={-1}>
      More
      {errors > 0 ? <ErrorCount errors={errors} /> : null}
    </Button>
  );
}
