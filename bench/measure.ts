// One benchmark run in one fresh page: first image, warm-up, an 8-view PNG export, then an orbit of frames.
import { createImageEncoder, type ImageEncoder } from '../engine';
import type { BenchEngine, BenchPixels, BenchView } from './engines/bench-engine';
import { createHeapSampler } from './heap';
import { exportViews, orbitView } from './orbit-views';
import { shownMeanLevel, shownShare } from './shown-share';

export interface RunSettings {
  exportViews: number;
  exportSize: number;
  warmupFrames: number;
  frames: number;
  /** Frames timed on the GPU, one at a time, after the CPU-timed ones. */
  gpuFrames: number;
}

export interface RunMetrics {
  firstImageMs: number;
  /** Mean level of what the first image shows: engines whose pictures look alike read alike. */
  firstImageLevel: number;
  exportMs: number;
  exportRenderMs: number;
  /** The GPU time of the export's render passes; null where the browser cannot time the GPU. */
  exportGpuMs: number | null;
  exportEncodeMs: number;
  /**
   * The orbit's wall time per frame, from its first frame until the GPU has drawn its last: what the frame rate is
   * when the GPU is the bottleneck, measured alike for every engine whatever its timestamps cover.
   */
  frameWallMs: number;
  heapPeakMB: number | null;
  pipelinesAfterWarmup: number | null;
  bindGroupsAfterWarmup: number | null;
}

export const DEFAULT_SETTINGS: RunSettings = { exportViews: 8, exportSize: 1024, warmupFrames: 10, frames: 120, gpuFrames: 30 };

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** The pixels' buffer, copied only when it is shared: the encoder takes it by transfer. */
function ownBuffer(pixels: BenchPixels): ArrayBuffer {
  const { data } = pixels;
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
  return whole ? (data.buffer as ArrayBuffer) : (data.slice().buffer as ArrayBuffer);
}

async function exportOnce(engine: BenchEngine, views: BenchView[], size: number, encoder: ImageEncoder): Promise<{ renderMs: number; gpuMs: number | null; encodeMs: number; totalMs: number }> {
  let renderMs = 0, encodeMs = 0;
  let gpuMs: number | null = 0;
  const started = performance.now();
  for (const view of views) {
    let t = performance.now();
    const pixels = await engine.renderImage(view, size, size);
    renderMs += performance.now() - t;
    gpuMs = gpuMs === null || pixels.gpuMs === null ? null : gpuMs + pixels.gpuMs;
    t = performance.now();
    const png = await encoder.encode({ kind: 'png', width: pixels.width, height: pixels.height, pixels: ownBuffer(pixels) });
    encodeMs += performance.now() - t;
    if (png.length < 100) throw new Error('the encoder returned no image');
  }
  return { renderMs, gpuMs, encodeMs, totalMs: performance.now() - started };
}

/** What a run needs of a scene: its file, and the radius its cameras frame. */
export interface SceneFile {
  glb: Uint8Array;
  radius: number;
}

/**
 * What the canvas shows, snapshotted in the task that drew it (a WebGPU canvas is cleared once presented); absent
 * where there is no canvas to read.
 */
export type CanvasSnapshot = () => Promise<Pick<BenchPixels, 'data'>>;

/** Every figure of one run; frameSamplesMs holds the CPU time of each measured frame. */
export async function measureRun(engine: BenchEngine, scene: SceneFile, settings: RunSettings, snapshot?: CanvasSnapshot): Promise<{ metrics: RunMetrics; frameSamplesMs: number[]; frameGpuSamplesMs: number[] }> {
  const heap = createHeapSampler();
  const encoder = createImageEncoder();
  try {
    // no sample before the load: it would count the harness's own scene generation, not the engine's work; the
    // generation's garbage is collected to the end first (outside the clock), so later samples do not count it either
    const views = exportViews(scene, settings.exportViews);
    await heap.settle();
    let t = performance.now();
    await engine.loadScene(scene.glb);
    const first = await engine.renderImage(views[0], settings.exportSize, settings.exportSize);
    const firstImageMs = performance.now() - t;
    if (first.data.length !== settings.exportSize * settings.exportSize * 4) throw new Error('the first image has the wrong size');
    // a renderer that failed to draw (a shader that did not compile, say) must not be timed as a fast one
    if (shownShare(first) < 0.01) throw new Error('the first image shows nothing but the background');
    await heap.sample();

    // Warm-up: every kind of work once (export, encode, preview frames), so later creations mean per-frame creations.
    await exportOnce(engine, views.slice(0, 1), settings.exportSize, encoder);
    const view = orbitView(scene, 0);
    for (let i = 0; i < settings.warmupFrames; i++) {
      engine.renderFrame(orbitView(scene, i * 0.02, view));
      await nextFrame();
    }
    // A frame returns before the GPU draws it: without this wait the export's clock would pay for the warm-up's frames.
    await engine.settle();
    const before = engine.creations();
    await heap.sample();

    const exported = await exportOnce(engine, views, settings.exportSize, encoder);
    await heap.sample();

    if (snapshot) {
      // a frame that draws somewhere else (an off-screen target left bound, say) must not be timed as a fast one
      engine.renderFrame(view);
      if (shownShare(await snapshot()) < 0.01) throw new Error('an orbit frame shows nothing on the canvas');
    }

    const frameSamplesMs: number[] = [];
    const orbitStarted = performance.now();
    for (let i = 0; i < settings.frames; i++) {
      await nextFrame();
      orbitView(scene, i * 0.02, view);
      t = performance.now();
      engine.renderFrame(view);
      frameSamplesMs.push(performance.now() - t);
    }
    await engine.settle();
    const frameWallMs = (performance.now() - orbitStarted) / settings.frames;
    await heap.sample();
    const after = engine.creations();

    // Each timed frame waits for its result, so the queries never pile up; null where the browser cannot time.
    const frameGpuSamplesMs: number[] = [];
    for (let i = 0; i < settings.gpuFrames; i++) {
      const ms = await engine.timeFrame(orbitView(scene, i * 0.02, view));
      if (ms !== null) frameGpuSamplesMs.push(ms);
    }
    return {
      metrics: {
        firstImageMs,
        firstImageLevel: shownMeanLevel(first),
        exportMs: exported.totalMs,
        exportRenderMs: exported.renderMs,
        exportGpuMs: exported.gpuMs,
        exportEncodeMs: exported.encodeMs,
        frameWallMs,
        heapPeakMB: heap.peakMB(),
        pipelinesAfterWarmup: before && after ? after.pipelines - before.pipelines : null,
        bindGroupsAfterWarmup: before && after ? after.bindGroups - before.bindGroups : null,
      },
      frameSamplesMs,
      frameGpuSamplesMs,
    };
  } finally {
    encoder.destroy();
  }
}
