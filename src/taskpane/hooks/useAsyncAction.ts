import { useCallback, useEffect, useRef, useState } from "react";

export interface AsyncAction<A extends unknown[], R> {
  /** Runs the action; resolves to its result, or undefined when it failed or was already running. */
  run: (...args: A) => Promise<R | undefined>;
  running: boolean;
  error: unknown;
  result: R | undefined;
}

/**
 * Running / error / result state for one asynchronous action (an AddinApi call). A second run
 * while one is in flight is ignored, so a double click does not write twice. Errors go to
 * `onError` as well as into `error`, so the pane can show them in its message bar.
 */
export function useAsyncAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onError?: (error: unknown) => void
): AsyncAction<A, R> {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<R | undefined>(undefined);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const latest = useRef({ action, onError });
  latest.current = { action, onError };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setRunning(true);
    setError(undefined);
    try {
      const value = await latest.current.action(...args);
      if (mounted.current) setResult(value);
      return value;
    } catch (caught) {
      if (mounted.current) setError(caught);
      latest.current.onError?.(caught);
      return undefined;
    } finally {
      inFlight.current = false;
      if (mounted.current) setRunning(false);
    }
  }, []);

  return { run, running, error, result };
}
