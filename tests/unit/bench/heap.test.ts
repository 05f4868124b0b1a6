// The heap sampler counts live objects: where a collection can be forced, each sample follows one.
import { afterEach, describe, expect, it } from 'vitest';
import { createHeapSampler } from '../../../bench/heap';

const withMemory = (used: () => number) => Object.defineProperty(performance, 'memory', { configurable: true, get: () => ({ usedJSHeapSize: used() }) });

describe('createHeapSampler', () => {
  afterEach(() => void delete (performance as { memory?: unknown }).memory);

  it('collects before every sample and keeps the largest live figure', async () => {
    let heap = 50 * 2 ** 20; // 50 MB, of which the collector frees 30 MB
    withMemory(() => heap);
    const log: string[] = [];
    const sampler = createHeapSampler(() => { log.push('collect'); heap -= 30 * 2 ** 20; });
    await sampler.sample();
    heap += 40 * 2 ** 20; // 60 MB, of which 30 MB is garbage again
    await sampler.sample();
    expect(log).toEqual(['collect', 'collect']);
    expect(sampler.peakMB()).toBe(30);
  });

  it('settles by collecting until the heap stops falling (memory freed in the background), without sampling', async () => {
    // each collection frees half of what is left above 20 MB, as memory released after a collection shows up late
    let heap = 660 * 2 ** 20;
    withMemory(() => heap);
    let collections = 0;
    const sampler = createHeapSampler(() => { collections++; heap = 20 * 2 ** 20 + (heap - 20 * 2 ** 20) / 2; });
    await sampler.settle();
    expect(heap).toBeLessThan(21 * 2 ** 20); // stopped only once a collection freed under 1 MB
    expect(collections).toBeGreaterThan(5);
    expect(sampler.peakMB()).toBeNull();
  });

  it('samples as it finds the heap where no collection can be forced', async () => {
    withMemory(() => 12 * 2 ** 20);
    const sampler = createHeapSampler(undefined);
    await sampler.sample();
    expect(sampler.peakMB()).toBe(12);
  });

  it('gives null where the browser reports no heap', async () => {
    const sampler = createHeapSampler(() => { throw new Error('must not collect without a figure to take'); });
    await sampler.sample();
    expect(sampler.peakMB()).toBeNull();
  });
});
