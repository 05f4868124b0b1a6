// The smallest step performance.now() takes here: 0.1 ms in a page that is not cross-origin isolated, 5 µs in one.
/** The smallest non-zero difference between successive readings of `now`, over `samples` steps. */
export function timerResolutionMs(now: () => number = () => performance.now(), samples = 20): number {
  let smallest = Infinity;
  for (let i = 0; i < samples; i++) {
    const start = now();
    let next = now();
    while (next === start) next = now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}
