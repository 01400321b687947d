/**
 * A request generation counter: every search takes a new number, and a
 * response is used only if its number is still the latest after each await,
 * so a slow answer to an older query can never be rendered under a newer one.
 */
export interface Generations {
  /** Starts a new request and returns its number; every older one becomes stale. */
  next(): number;
  isCurrent(generation: number): boolean;
  readonly current: number;
}

export function generations(): Generations {
  let latest = 0;
  return {
    next: () => ++latest,
    isCurrent: (generation) => generation === latest,
    get current() {
      return latest;
    },
  };
}
