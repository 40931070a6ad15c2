import type { FakeExcel } from "./fakeExcel";

/**
 * Waits until every event the fake raised has reached the add-in's handlers, then the add-in's
 * debounce time and a little more. A debounce timer those handlers started expires before this
 * wait's own timer (Node runs timers in order of expiry), so the wait holds however slow the
 * machine is: a fixed sleep did not, on a loaded CI machine.
 */
export async function afterEvents(fake: FakeExcel, debounceMs: number): Promise<void> {
  await fake.eventsDelivered();
  await new Promise((resolve) => setTimeout(resolve, debounceMs + 5));
}
