// One run as a record: a fresh canvas, the engine made, measured and destroyed; a failure is recorded, not thrown.
import { createBenchEngine } from './engines/create-bench-engine';
import type { EngineId } from './engines/bench-engine';
import { DEFAULT_SETTINGS, measureRun, type RunMetrics, type RunSettings, type SceneFile } from './measure';
import { buildSceneData, type SceneName } from './scenes/catalogue';
import { triangleCount } from './scenes/scene-data';
import { sceneToGlb } from './scenes/to-glb';
import { quantile } from './summary.mjs';
import type { ThreeLighting } from './scenes/to-three-scene';
import { timerResolutionMs } from './timer-resolution';

export const CANVAS_SIZE = { width: 800, height: 600 };

export interface RunRequest {
  engine: EngineId;
  scene: SceneName;
  quick: boolean;
  run: number;
  /** The light three.js's engines shade with (default 'studio'); ours always draws its Realistic look. */
  threeLighting?: ThreeLighting;
  settings?: Partial<RunSettings>;
}

export interface RunRecord {
  engine: EngineId;
  scene: SceneName;
  run: number;
  threeLighting?: ThreeLighting;
  triangles: number;
  /** Size of the GLB every engine loads. */
  fileMB: number;
  adapterInfo?: string;
  /** The step of the page's clock, which bounds how finely a frame's CPU time reads (bench/timer-resolution.ts). */
  timerResolutionMs: number;
  error?: string;
  metrics?: RunMetrics & Record<string, number | null>;
  frameSamplesMs?: number[];
  frameGpuSamplesMs?: number[];
}

/** The scene's file, written before the clock starts; the arrays it came from are let go before the run. */
export async function prepareScene(name: SceneName, quick: boolean): Promise<{ scene: SceneFile; triangles: number }> {
  const data = buildSceneData(name, quick);
  return { scene: { glb: await sceneToGlb(data), radius: data.radius }, triangles: triangleCount(data) };
}

export async function runInPage(request: RunRequest, host: HTMLElement): Promise<RunRecord> {
  const { scene, triangles } = await prepareScene(request.scene, request.quick);
  const threeLighting = request.threeLighting ?? 'studio';
  const record: RunRecord = { engine: request.engine, scene: request.scene, run: request.run, threeLighting: request.engine.startsWith('three') ? threeLighting : undefined, triangles, fileMB: scene.glb.byteLength / 2 ** 20, timerResolutionMs: timerResolutionMs() };
  const canvas = document.createElement('canvas'); // a canvas holds one context type for life: one per run
  Object.assign(canvas, CANVAS_SIZE);
  Object.assign(canvas.style, { width: `${CANVAS_SIZE.width / devicePixelRatio}px`, height: `${CANVAS_SIZE.height / devicePixelRatio}px` });
  host.replaceChildren(canvas);
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent): void => void errors.push(String('reason' in event ? event.reason : event.message));
  addEventListener('unhandledrejection', onError);
  try {
    const engine = await createBenchEngine(request.engine, canvas, threeLighting);
    record.adapterInfo = engine.adapterInfo;
    try {
      const { metrics, frameSamplesMs, frameGpuSamplesMs } = await measureRun(engine, scene, { ...DEFAULT_SETTINGS, ...request.settings }, () => snapshotCanvas(canvas));
      record.metrics = { ...metrics, frameCpuMs: quantile(frameSamplesMs, 0.5), frameGpuMs: frameGpuSamplesMs.length ? quantile(frameGpuSamplesMs, 0.5) : null };
      record.frameSamplesMs = frameSamplesMs;
      record.frameGpuSamplesMs = frameGpuSamplesMs;
    } finally {
      engine.destroy();
    }
  } catch (error) {
    record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    removeEventListener('unhandledrejection', onError);
  }
  if (errors.length && !record.error) record.error = `unhandled: ${errors[0]}`;
  return record;
}

/** The canvas's pixels now: the bitmap is taken when called, before the frame is presented and the canvas cleared. */
async function snapshotCanvas(canvas: HTMLCanvasElement): Promise<{ data: Uint8ClampedArray }> {
  const bitmap = await createImageBitmap(canvas);
  const copy = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
  if (!copy) throw new Error('no 2D context to read the canvas with');
  copy.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { data: copy.getImageData(0, 0, canvas.width, canvas.height).data };
}
