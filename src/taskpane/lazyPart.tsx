/**
 * Views the pane loads on first use (webpack dynamic imports), so that the code loaded before
 * Overview shows stays small. A view made by lazyPart must sit inside a PartBoundary, which
 * shows a spinner while it loads and plain words, with Try again, when it cannot be fetched.
 */
import * as React from "react";

/** A view's code could not be fetched: the only error PartBoundary handles itself. */
export class PartLoadError extends Error {
  constructor(cause: unknown) {
    super(`Could not load part of the pane: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "PartLoadError";
  }
}

/** How many times the enclosing PartBoundary has been told to try again. */
export const PartAttempt = React.createContext(0);

/**
 * A component whose code `load` fetches on first render. React.lazy keeps a failed load
 * forever, so each attempt of the boundary gets its own lazy component: Try again fetches anew.
 */
export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>): React.FunctionComponent<P> {
  const byAttempt = new Map<number, React.ComponentType<P>>();
  const lazyFor = (attempt: number): React.ComponentType<P> => {
    let component = byAttempt.get(attempt);
    if (!component) {
      component = React.lazy(() =>
        load().then(
          (loaded) => ({ default: loaded }),
          (error: unknown) => {
            throw new PartLoadError(error);
          }
        )
      ) as unknown as React.ComponentType<P>;
      byAttempt.set(attempt, component);
    }
    return component;
  };
  return function LazyPart(props: P) {
    const Component = lazyFor(React.useContext(PartAttempt));
    return <Component {...props} />;
  };
}
