/**
 * jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to choose a layout.
 * Layout is not what these tests check, so a no-op observer stands in for the browser's.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoopResizeObserver, writable: true, configurable: true });
}

export {};
