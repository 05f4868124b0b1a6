// Smoke run of the benchmark harness: the tiny scene on both of our backends and on three.js's two renderers, small sizes.
// It checks the harness yields finite positive figures and that ours creates no pipeline or bind group after warm-up;
// it never asserts a timing threshold (timings belong to `npm run bench`).
import { expect, test } from '@playwright/test';

// three-webgpu too: its images come through an output render target, a path of its own
const ENGINES = ['ours-webgpu', 'ours-webgl2', 'three-webgl', 'three-webgpu'] as const;
const SMALL = { exportViews: 2, exportSize: 256, warmupFrames: 3, frames: 10, gpuFrames: 3 };

interface BenchRecord {
  engine: string;
  error?: string;
  adapterInfo?: string;
  fileMB?: number;
  metrics?: { [key: string]: number | null };
  frameSamplesMs?: number[];
  timerResolutionMs?: number;
}

for (const engine of ENGINES) {
  test(`bench harness: tiny scene on ${engine} gives finite figures`, async ({ page }) => {
    await page.goto('/bench/index.html');
    await expect(page).toHaveTitle('bench ready');
    const record: BenchRecord = await page.evaluate(
      ([id, settings]) => (window as unknown as { bench: { runOne: (r: object) => Promise<BenchRecord> } }).bench.runOne({ engine: id, scene: 'tiny', quick: true, run: 0, settings }),
      [engine, SMALL] as const,
    );
    expect(record.error).toBeUndefined();
    expect(record.fileMB).toBeGreaterThan(0.01); // every engine starts from the same GLB file
    const m = record.metrics!;
    for (const key of ['firstImageMs', 'exportMs', 'exportRenderMs', 'exportEncodeMs', 'frameCpuMs']) {
      expect(Number.isFinite(m[key]), key).toBe(true);
      expect(m[key] as number, key).toBeGreaterThanOrEqual(0);
    }
    for (const key of ['firstImageMs', 'exportMs', 'exportRenderMs', 'exportEncodeMs']) expect(m[key] as number, key).toBeGreaterThan(0);
    if (m.heapPeakMB !== null) expect(m.heapPeakMB).toBeGreaterThan(0);
    // a studio-lit surface, not one lit by the key light alone: three.js ignores an environment set on anything but a Scene
    console.log(`${engine}: first image mean level ${m.firstImageLevel}`);
    expect(m.firstImageLevel as number).toBeGreaterThan(60);
    // GPU times come from timestamp or timer queries, which this Chromium offers on both APIs
    console.log(`${engine}: frame GPU ${m.frameGpuMs} ms, export GPU ${m.exportGpuMs} ms`);
    for (const key of ['frameGpuMs', 'exportGpuMs', 'frameWallMs']) expect(m[key] as number, key).toBeGreaterThan(0);
    expect(record.frameSamplesMs).toHaveLength(SMALL.frames);
    // one frame's CPU time may round to 0 at the browser's 0.1 ms timer resolution, so finite is all that is asked
    expect(record.frameSamplesMs!.every(Number.isFinite)).toBe(true);
    // the clock's step is recorded with the figures (5 µs where `npm run bench` serves the page cross-origin isolated)
    expect(record.timerResolutionMs).toBeGreaterThan(0);
    expect(record.timerResolutionMs).toBeLessThanOrEqual(1);
    if (engine.startsWith('ours')) {
      expect(m.pipelinesAfterWarmup).toBe(0);
      expect(m.bindGroupsAfterWarmup).toBe(0);
    } else {
      expect(m.pipelinesAfterWarmup).toBeNull();
    }
  });
}

// Paired timing (bench/run-paired.mjs) holds an engine open and times one image or frame per call.
for (const engine of ['ours-webgpu', 'ours-webgl2', 'three-webgl'] as const) {
  test(`paired timing: ${engine} times single images and frames`, async ({ page }) => {
    await page.goto('/bench/index.html');
    await expect(page).toHaveTitle('bench ready');
    type Sample = { gpuMs: number | null; wallMs: number };
    const samples: Sample[] = await page.evaluate(async (id) => {
      const bench = (window as unknown as { bench: { openPaired: (r: object) => Promise<string>; timePaired: (kind: string, i: number) => Promise<Sample> } }).bench;
      await bench.openPaired({ engine: id, scene: 'tiny', quick: true, imageSize: 256 });
      return [await bench.timePaired('image', 0), await bench.timePaired('image', 1), await bench.timePaired('frame', 2)];
    }, engine);
    for (const s of samples) {
      expect(s.wallMs).toBeGreaterThan(0);
      // this Chromium times the GPU on both APIs (the harness smoke test above asks the same)
      expect(s.gpuMs).toBeGreaterThan(0);
    }
  });
}
