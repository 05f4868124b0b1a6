// Peak live JS heap from Chromium's performance.memory (null elsewhere), sampled between phases. Where the page can
// force a full collection (the runner starts Chromium with --expose-gc), each sample follows one, so it counts what
// the engine keeps, not garbage that happens not to be collected yet: without it the figure swung by 30 MB run to run
// with the collector's timing. The collection runs in a task of its own, off the stack of the code that allocated
// (V8 scans stacks conservatively). A peak inside a phase is missed.
interface ChromeMemory { usedJSHeapSize: number }

const memory = (): ChromeMemory | undefined => (performance as Performance & { memory?: ChromeMemory }).memory;

export function createHeapSampler(collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc): { sample: () => Promise<void>; peakMB: () => number | null } {
  let peak: number | null = null;
  return {
    async sample() {
      if (!memory()) return;
      if (collect) await new Promise<void>((resolve) => setTimeout(() => resolve(collect()), 0));
      // read after the collection: Chromium's performance.memory is a snapshot taken when it is read
      peak = Math.max(peak ?? 0, memory()!.usedJSHeapSize);
    },
    peakMB: () => (peak === null ? null : peak / 2 ** 20),
  };
}
