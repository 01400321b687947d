/**
 * Runs `work` on every item, `atOnce` at a time: enough to keep libuv's
 * thread pool (zlib, file reads) busy on both cores, few enough that only a
 * few files are held at once. Results come back in the items' order.
 */
export async function mapAtOnce<T, R>(items: readonly T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return results;
}
