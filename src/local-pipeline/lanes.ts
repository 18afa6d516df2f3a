/**
 * Runs `work` on every item, one item at a time per lane (a DuckDB connection, say), and
 * returns the results in the items' order. After a failure no lane starts another item,
 * and the first error is raised only once every lane has stopped, so nothing is still
 * running when the caller cleans up (closes the database, removes the staging folder).
 */
export async function inLanes<Lane, Item, Result>(lanes: readonly Lane[], items: readonly Item[], work: (lane: Lane, item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  let failure: { readonly error: unknown } | undefined;
  const drain = async (lane: Lane) => {
    while (failure === undefined && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(lane, items[index]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(lanes.map(drain));
  if (failure !== undefined) throw failure.error;
  return results;
}
