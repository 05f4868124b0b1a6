// Peak JS heap from Chromium's performance.memory (null elsewhere); sampled between phases, so a peak inside one is missed.
interface ChromeMemory { usedJSHeapSize: number }

export function createHeapSampler(): { sample: () => void; peakMB: () => number | null } {
  let peak: number | null = null;
  return {
    sample() {
      const memory = (performance as Performance & { memory?: ChromeMemory }).memory;
      if (memory) peak = Math.max(peak ?? 0, memory.usedJSHeapSize);
    },
    peakMB: () => (peak === null ? null : peak / 2 ** 20),
  };
}
