import * as React from "react";
import { Menu, MenuItem, MenuList, MenuPopover, useIsOverflowItemVisible } from "@fluentui/react-components";
import type { TabName } from "./ViewTabs";

export interface MoreViewsMenuProps {
  open: boolean;
  /** The "More" button the menu opens under (it stays in the first chunk, this menu does not). */
  target: HTMLElement | null;
  tabs: ReadonlyArray<{ value: TabName; label: string }>;
  onSelect: (tab: TabName) => void;
  /** The menu closed itself: Escape, a click outside it, or an item chosen. */
  onClose: () => void;
}

function MoreItem({ value, label, onSelect }: { value: TabName; label: string; onSelect: (tab: TabName) => void }) {
  const visible = useIsOverflowItemVisible(value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(value)}>{label}</MenuItem>;
}

/**
 * The views whose tabs did not fit (Fluent's TabList overflow pattern). Fluent's Menu and its
 * positioning are loaded when the menu is first opened, so the menu is controlled (open) and
 * placed at the button (positioning target) instead of wrapping it in a MenuTrigger.
 */
export function MoreViewsMenu({ open, target, tabs, onSelect, onClose }: MoreViewsMenuProps): React.JSX.Element {
  return (
    <Menu
      open={open}
      positioning={{ target }}
      onOpenChange={(event, data) => {
        // A click on the button itself toggles the menu there; here it would reopen it.
        if (!data.open && !(target && event.target instanceof Node && target.contains(event.target))) onClose();
      }}
    >
      <MenuPopover>
        <MenuList>
          {tabs.map((entry) => (
            <MoreItem key={entry.value} value={entry.value} label={entry.label} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
