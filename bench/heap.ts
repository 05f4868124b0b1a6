// Peak live JS heap from Chromium's performance.memory (null elsewhere), sampled between phases. Where the page can
// force a full collection (the runner starts Chromium with --expose-gc), each sample follows one, so it counts what
// the engine keeps, not garbage that happens not to be collected yet: without it the figure swung by 30 MB run to run
// with the collector's timing. The collection runs in a task of its own, off the stack of the code that allocated
// (V8 scans stacks conservatively). A peak inside a phase is missed.
interface ChromeMemory { usedJSHeapSize: number }

const memory = (): ChromeMemory | undefined => (performance as Performance & { memory?: ChromeMemory }).memory;

export function createHeapSampler(collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc): { settle: () => Promise<void>; sample: () => Promise<void>; peakMB: () => number | null } {
  let peak: number | null = null;
  const collectInOwnTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(() => resolve(collect?.()), 0));
  return {
    /**
     * Collects until the reading stops falling, without sampling: the harness's own garbage (the scene it generated)
     * is gone before the run. One collection is not enough: the big arrays' memory is released after it, in the
     * background, and a first sample then counted 641 MB of a 129 MB scene's generation for ours on textured.
     */
    async settle() {
      if (!memory() || !collect) return;
      let last = Infinity;
      for (let i = 0; i < 20; i++) {
        await collectInOwnTask();
        const now = memory()!.usedJSHeapSize;
        if (now > last - 2 ** 20) return;
        last = now;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async sample() {
      if (!memory()) return;
      if (collect) await collectInOwnTask();
      // read after the collection: Chromium's performance.memory is a snapshot taken when it is read
      peak = Math.max(peak ?? 0, memory()!.usedJSHeapSize);
    },
    peakMB: () => (peak === null ? null : peak / 2 ** 20),
  };
}
