// The command line's page (app/cli/render.mjs drives it): loads each model through the engine's public API,
// exports its views exactly as the app does, and hands the files back one at a time.
import {
  createEngine,
  createImageEncoder,
  createScene,
  createUniqueNames,
  exportViews,
  loadModel,
  prepareModelLoader,
  modelBaseName,
  packZip,
  planViews,
  type BackendChoice,
  type DeviceEvent,
  type Engine,
  type ImageEncoder,
} from '../engine';
import { base64FromBytes, bytesFromBase64 } from './cli/base64';
import type { BatchJob, BatchPage, ModelResult, RenderedModel } from './cli/batch-protocol';
import { parseStyles } from './cli/parse-styles';
import { parseViews } from './cli/parse-views';

interface ReadyFile {
  name: string;
  bytes: Uint8Array;
}

type ProgressHook = { modelshotProgress?: (fraction: number, label: string) => void };

const canvas = document.getElementById('canvas') as HTMLCanvasElement;
const folders = createUniqueNames();
let engine: Engine | null = null;
let backendChoice: BackendChoice = 'auto';
let encoder: ImageEncoder | null = null;
let queued: File[] = [];
let parts: BlobPart[] = [];
let ready: ReadyFile[] = [];
let gpuProblems: DeviceEvent[] = [];
// each model's loader worker starts ahead of it: the first now, the next while the one before renders
prepareModelLoader();

// Node listens through page.exposeFunction; the page works without it too
const report = (fraction: number, label: string): void => void (window as unknown as ProgressHook).modelshotProgress?.(fraction, label);

async function startEngine(): Promise<Engine> {
  const started = await createEngine({ canvas, backend: backendChoice });
  // a loss the engine recovered from redid its work: only errors and a final loss fail the model
  started.on((event) => {
    if (event.type !== 'recovered') gpuProblems.push(event);
  });
  return started;
}

/** The loader's and exporter's errors carry a code and a plain message; anything else is a bug, said as such. */
function failure(error: unknown): ModelResult {
  if (error instanceof RangeError) return { ok: false, code: 'INVALID_INPUT', message: error.message };
  const known = error as { code?: unknown; message?: unknown };
  if (typeof known?.code === 'string' && typeof known.message === 'string') return { ok: false, code: known.code, message: known.message };
  const text = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'INTERNAL', message: `Unexpected problem in Modelshot: ${text}` };
}

function gpuFailure(): ModelResult | null {
  const problem = gpuProblems[0];
  if (!problem) return null;
  if (problem.type === 'lost') engine = null; // the next model starts a fresh device
  const what = problem.type === 'lost' ? `the GPU device was lost (${problem.reason})` : `the GPU reported a ${problem.kind} error (${problem.message})`;
  return { ok: false, code: 'GPU', message: `Rendering failed: ${what}.` };
}

async function exportModel(modelName: string, files: File[], job: BatchJob): Promise<RenderedModel> {
  const scene = await loadModel(files, { onProgress: (f) => report(f * 0.1, 'Loading') });
  prepareModelLoader();
  engine ??= await startEngine();
  engine.setScene(scene);
  try {
    const styles = parseStyles(job.styles, job.styleParams);
    const views = planViews(scene, parseViews(job.views), { ...job.plan, aspect: job.output.width / job.output.height });
    if (!views.length) throw new RangeError('The model has no cameras of its own, so --views model-cameras gives no image.');
    const run = { encoder: (encoder ??= createImageEncoder()), onProgress: (p: { fraction: number; label: string }) => report(0.1 + p.fraction * 0.9, p.label) };
    const exported = await exportViews(engine, { ...job.output, ...styles, modelName, views }, run);
    const folder = folders.claim(modelBaseName(modelName));
    ready = job.zip ? [{ name: `${folder}_views.zip`, bytes: new Uint8Array(await packZip(exported).arrayBuffer()) }] : exported;
    const images = exported.filter((file) => !file.name.endsWith('.json')).length;
    return { ok: true, folder, files: ready.map((f) => ({ name: f.name, size: f.bytes.length })), images, warnings: scene.warnings };
  } finally {
    engine?.setScene(null); // each model's GPU memory is returned before the next one loads
  }
}

const batch: BatchPage = {
  async init(backend) {
    backendChoice = backend;
    engine = await startEngine();
    return { backend: engine.backend, adapterInfo: engine.adapterInfo };
  },
  check(job) {
    try {
      // an empty scene is framed around a stand-in cube, so this checks every view and option the run will use
      planViews(createScene('check', []), parseViews(job.views), { ...job.plan, aspect: job.output.width / job.output.height });
      parseStyles(job.styles, job.styleParams);
      const max = engine?.maxImageSize ?? Infinity;
      if (job.output.width > max || job.output.height > max) return `The largest image this GPU can render is ${max}×${max} pixels.`;
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  },
  addFilePart(name, base64, last) {
    parts.push(bytesFromBase64(base64) as BlobPart);
    if (!last) return;
    queued.push(new File(parts, name));
    parts = [];
  },
  async render(modelName, job) {
    const files = queued;
    queued = [];
    parts = [];
    ready = [];
    gpuProblems = [];
    try {
      const result = await exportModel(modelName, files, job);
      return gpuFailure() ?? result;
    } catch (error) {
      return gpuFailure() ?? failure(error);
    }
  },
  take(index, start, end) {
    const file = ready[index];
    if (!file) throw new RangeError(`No exported file number ${index}.`);
    return base64FromBytes(file.bytes.subarray(start, end));
  },
};

(window as unknown as { modelshotBatch: BatchPage }).modelshotBatch = batch;
document.title = 'batch ready';
