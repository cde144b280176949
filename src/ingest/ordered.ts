// Runs up to `limit` tasks at a time and yields their results in input order:
// reads and fetches overlap, while the batch stays in a deterministic order.

/** `fn` must not reject: failures are results too. */
export async function* mapOrdered<T, R>(items: Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const it = items[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  const fill = () => {
    while (pending.length < Math.max(1, limit)) {
      const next = it.next();
      if (next.done) return;
      pending.push(fn(next.value));
    }
  };
  fill();
  while (pending.length) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}
