/** table.onChanged / tables.onChanged: handlers register and unregister at sync. */
import type { FakeContextCore } from "./context";
import type { TableHandler } from "./state";

export class FakeEventHandlers<H = TableHandler> {
  constructor(
    private readonly core: FakeContextCore,
    private readonly handlers: () => Set<H>
  ) {}

  add(handler: H): { context: FakeContextCore; remove(): void } {
    this.core.enqueue({ bytes: 0, run: () => void this.handlers().add(handler) });
    return {
      context: this.core,
      remove: () => this.core.enqueue({ bytes: 0, run: () => void this.handlers().delete(handler) }),
    };
  }
}
