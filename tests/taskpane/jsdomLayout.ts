/**
 * jsdom does no layout: every offsetParent is null and <body> measures 0 × 0, which Fluent's
 * focus manager (tabster) reads as "nothing is visible" and so skips every element on Tab and
 * the arrow keys. Giving elements their parent as offsetParent and the body a size lets the
 * keyboard tests move focus the way a browser does.
 */
if (typeof HTMLElement !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = function bodyRect(): DOMRect {
    return { x: 0, y: 0, top: 0, left: 0, right: 360, bottom: 800, width: 360, height: 800, toJSON: () => ({}) };
  };
}

export {};
