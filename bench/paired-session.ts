// One engine kept open on one scene, for paired timing (bench/run-paired.mjs): the runner alternates single images or
// frames between several such pages, so what drifts on the machine falls on every engine alike.
import type { BenchEngine, EngineId } from './engines/bench-engine';
import { createBenchEngine } from './engines/create-bench-engine';
import { exportViews, orbitView } from './orbit-views';
import { CANVAS_SIZE, prepareScene } from './run-in-page';
import type { SceneName } from './scenes/catalogue';

export interface PairedRequest {
  engine: EngineId;
  scene: SceneName;
  quick: boolean;
  /** Edge of the square images timed (default 1024, the export's size). */
  imageSize?: number;
}

/** One timed step: the GPU time of its passes (null where the browser cannot time the GPU) and its wall time. */
export interface PairedSample {
  gpuMs: number | null;
  wallMs: number;
}

export interface PairedSession {
  readonly adapterInfo: string;
  /** Renders export view `index` (of 8) and reads it back, starting with the GPU idle. */
  timeImage(index: number): Promise<PairedSample>;
  /** Draws orbit frame `index` into the canvas, starting and ending with the GPU idle. */
  timeFrame(index: number): Promise<PairedSample>;
}

export async function openPairedSession(request: PairedRequest, host: HTMLElement): Promise<PairedSession> {
  const { scene } = await prepareScene(request.scene, request.quick);
  const canvas = document.createElement('canvas');
  Object.assign(canvas, CANVAS_SIZE);
  host.replaceChildren(canvas);
  const engine: BenchEngine = await createBenchEngine(request.engine, canvas);
  await engine.loadScene(scene.glb);
  const size = request.imageSize ?? 1024;
  const views = exportViews(scene, 8);
  // warm: every pipeline, target and texture the timed steps use exists before the first of them
  await engine.renderImage(views[0], size, size);
  engine.renderFrame(orbitView(scene, 0));
  await engine.settle();
  return {
    adapterInfo: engine.adapterInfo,
    async timeImage(index) {
      await engine.settle();
      const started = performance.now();
      const pixels = await engine.renderImage(views[index % views.length], size, size);
      return { gpuMs: pixels.gpuMs, wallMs: performance.now() - started };
    },
    async timeFrame(index) {
      await engine.settle();
      const started = performance.now();
      const gpuMs = await engine.timeFrame(orbitView(scene, index * 0.05));
      await engine.settle();
      return { gpuMs, wallMs: performance.now() - started };
    },
  };
}
