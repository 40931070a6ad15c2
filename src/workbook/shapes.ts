/**
 * V8 builds the shape (the "map") of the objects a function works on into the function's
 * optimized code, and throws that code away when a full garbage collection frees the last object
 * of that shape. Object literals keep their shape alive themselves; instances of a class do not.
 * So the engine's classes made afresh for each recalculation (TableView, MeasureIndex, the
 * totals tables) would run unoptimized again after every full collection between two
 * recalculations: the benchmark measured a recalculation at 5,000 KPIs taking twice as long
 * after one. Each such class keeps one instance for the life of the page, made here.
 */
const kept: object[] = [];

/** `instance`, kept alive for good so that its class's shape is. */
export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
