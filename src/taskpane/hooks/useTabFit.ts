import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { fitTabs, type TabFit } from "../tabOverflow";

export interface TabFitRefs<T extends string> {
  /** The row the tabs and the "More" button share: its width is what they may take. */
  row: RefObject<HTMLDivElement>;
  /** An unseen copy of every tab, then of the "More" button, at their natural widths. */
  ghost: RefObject<HTMLDivElement>;
  fit: TabFit<T>;
}

interface Measures {
  widths: number[];
  moreWidth: number;
  available: number;
}

const sameMeasures = (a: Measures | null, b: Measures): boolean =>
  a !== null && a.available === b.available && a.moreWidth === b.moreWidth && a.widths.join() === b.widths.join();

/**
 * Keeps `fit` up to date as the pane is resized or a tab's content (the Problems count) changes.
 * Widths are read only when a ResizeObserver reports the row or the unseen copies changed size:
 * its callbacks run after layout and before paint, so reading them forces no extra layout, and
 * the re-render they start (flushSync) is painted in the same frame, never a frame of tabs that
 * do not fit (https://www.w3.org/TR/resize-observer/#html-event-loop). Choosing another tab
 * needs no measuring: the widths are kept.
 */
export function useTabFit<T extends string>(values: readonly T[], selected: T, minimumVisible: number): TabFitRefs<T> {
  const row = useRef<HTMLDivElement>(null);
  const ghost = useRef<HTMLDivElement>(null);
  const [measures, setMeasures] = useState<Measures | null>(null);

  useEffect(() => {
    const rowElement = row.current;
    const ghostElement = ghost.current;
    if (!rowElement || !ghostElement || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => {
      const copies = Array.from(ghostElement.children);
      const widthOf = (index: number) => Math.ceil(copies[index]?.getBoundingClientRect().width ?? 0);
      const next = { widths: values.map((_value, index) => widthOf(index)), moreWidth: widthOf(values.length), available: rowElement.clientWidth };
      flushSync(() => setMeasures((current) => (sameMeasures(current, next) ? current : next)));
    });
    observer.observe(rowElement);
    observer.observe(ghostElement);
    return () => observer.disconnect();
  }, [values]);

  const fit = useMemo<TabFit<T>>(
    () =>
      measures === null
        ? { visible: values, hidden: [] }
        : fitTabs({
            tabs: values.map((value, index) => ({ value, width: measures.widths[index] ?? 0 })),
            available: measures.available,
            moreWidth: measures.moreWidth,
            selected,
            minimumVisible,
          }),
    [measures, values, selected, minimumVisible]
  );

  return { row, ghost, fit };
}
