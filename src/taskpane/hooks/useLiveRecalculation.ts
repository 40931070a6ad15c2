import { useEffect, useRef } from "react";

export const LIVE_RECALC_DELAY_MS = 800;

/**
 * While mounted, subscribes to workbook data changes and calls `recalculate` once the edits
 * have paused for `delayMs`. Unsubscribes (and drops a pending round) on unmount. The
 * subscription filters the add-in's own writes, and nothing here reacts to a recalculation's
 * result, so a recalculation never triggers another.
 */
export function useLiveRecalculation(
  subscribe: (handler: () => void) => Promise<() => void>,
  recalculate: () => void,
  onError: (error: unknown) => void,
  delayMs: number = LIVE_RECALC_DELAY_MS
): void {
  const latest = useRef({ recalculate, onError });
  latest.current = { recalculate, onError };

  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;

    const onChange = () => {
      if (!active) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (active) latest.current.recalculate();
      }, delayMs);
    };

    subscribe(onChange).then(
      (stop) => {
        if (active) unsubscribe = stop;
        else stop();
      },
      (error: unknown) => {
        if (active) latest.current.onError(error);
      }
    );

    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [subscribe, delayMs]);
}
