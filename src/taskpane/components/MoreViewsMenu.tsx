import * as React from "react";
import { Menu, MenuItem, MenuList, MenuPopover } from "@fluentui/react-components";
import type { TabName, ViewTab } from "./ViewTabs";

export interface MoreViewsMenuProps {
  open: boolean;
  /** The "More" button the menu opens under (it stays in the first chunk, this menu does not). */
  target: HTMLElement | null;
  /** The views whose tabs did not fit. */
  tabs: readonly ViewTab[];
  onSelect: (tab: TabName) => void;
  /** The menu closed itself: Escape, a click outside it, or an item chosen. */
  onClose: () => void;
}

/**
 * The views whose tabs did not fit. Fluent's Menu and its positioning are loaded when the menu
 * is first opened, so the menu is controlled (open) and placed at the button (positioning
 * target) instead of wrapping it in a MenuTrigger.
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
            <MenuItem key={entry.value} onClick={() => onSelect(entry.value)}>
              {entry.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
