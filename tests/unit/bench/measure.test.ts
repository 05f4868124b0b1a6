import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BenchEngine, BenchPixels } from '../../../bench/engines/bench-engine';
import { measureRun, type RunSettings } from '../../../bench/measure';

// The encoder runs in a worker in the page; here any non-empty PNG will do.
vi.mock('../../../engine', () => ({
  createImageEncoder: () => ({ encode: async () => new Uint8Array(200), destroy() {} }),
}));

const SIZE = 8;

/** An image with a grey square on a dark background, so the blank-image check passes. */
function picture(): BenchPixels {
  const data = new Uint8Array(SIZE * SIZE * 4).fill(26);
  for (let i = 0; i < data.length / 2; i += 4) data.set([150, 150, 150, 255], i);
  return { width: SIZE, height: SIZE, data, gpuMs: 1 };
}

/** An engine whose frames queue GPU work that only settle() or a read-back waits for, logging what is called. */
function queueingEngine(log: string[]): BenchEngine {
  let queuedFrames = 0;
  const drain = () => {
    if (queuedFrames) log.push(`drained ${queuedFrames} frames`);
    queuedFrames = 0;
  };
  return {
    id: 'ours-webgpu',
    adapterInfo: 'fake',
    loadScene: async () => void log.push('load'),
    renderImage: async () => (drain(), log.push('image'), picture()),
    renderFrame: () => void queuedFrames++,
    settle: async () => {
      drain();
      log.push('settled');
    },
    timeFrame: async () => 1,
    creations: () => ({ pipelines: 0, bindGroups: 0 }),
    destroy() {},
  };
}

describe('a benchmark run', () => {
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0)));
  afterEach(() => vi.unstubAllGlobals());

  it('lets the GPU finish queued frames before a timed step, and times the orbit until its last frame is drawn', async () => {
    const log: string[] = [];
    const settings: RunSettings = { exportViews: 3, exportSize: SIZE, warmupFrames: 4, frames: 2, gpuFrames: 1 };
    const { metrics } = await measureRun(queueingEngine(log), { glb: new Uint8Array(4), radius: 1 }, settings);
    // first image, the one-view warm-up export, the warm-up frames drained by settle() before the timed export, and
    // the orbit's frames drained before its wall time is taken
    expect(log).toEqual(['load', 'image', 'image', 'drained 4 frames', 'settled', 'image', 'image', 'image', 'drained 2 frames', 'settled']);
    expect(metrics.frameWallMs).toBeGreaterThan(0);
    expect(metrics.exportGpuMs).toBe(3);
    expect(metrics.pipelinesAfterWarmup).toBe(0);
  });

  it('fails a run whose orbit frames leave the canvas blank, rather than time them', async () => {
    const settings: RunSettings = { exportViews: 1, exportSize: SIZE, warmupFrames: 1, frames: 1, gpuFrames: 1 };
    const blank = async () => ({ data: new Uint8Array(SIZE * SIZE * 4).fill(26) });
    await expect(measureRun(queueingEngine([]), { glb: new Uint8Array(4), radius: 1 }, settings, blank)).rejects.toThrow(/orbit frame shows nothing/);
    const drawn = async () => picture();
    const run = await measureRun(queueingEngine([]), { glb: new Uint8Array(4), radius: 1 }, settings, drawn);
    // a canvas that shows the model lets the run go on to its figures
    expect(run.metrics.exportGpuMs).toBe(1);
    expect(run.frameSamplesMs).toHaveLength(1);
  });
});
