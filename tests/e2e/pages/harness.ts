// Test-only page: loads files through the engine's public API and renders them off-screen, so the
// Playwright specs can assert on read-back pixels. It uses nothing below engine/index.ts.
import {
  createEngine,
  createImageEncoder,
  exportViews,
  planViews,
  type ExportSettings,
  type PlanOptions,
  type ViewSpec,
  defaultCamera,
  frameBounds,
  loadModel,
  sceneBounds,
  STYLES,
  type CameraState,
  type EngineEvent,
  type Engine,
  type ImagePass,
  type Scene,
} from '../../../engine';

interface FileArg { name: string; base64: string }

let engine: Engine | null = null;
let scene: Scene | null = null;
const events: EngineEvent[] = [];

function toBytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

interface RenderArgs {
  width: number;
  height: number;
  background?: [number, number, number, number];
  camera?: Partial<CameraState>;
  frame?: boolean;
  pass?: ImagePass;
  supersample?: 1 | 2 | 4;
  tileSize?: number;
}

function renderImage(opts: RenderArgs) {
  let camera: CameraState = { ...defaultCamera(), ...opts.camera };
  if (opts.frame && scene) camera = frameBounds(sceneBounds(scene), camera, opts.width / opts.height);
  const { width, height, pass, supersample, tileSize } = opts;
  return engine!.renderImage(camera, { width, height, background: opts.background ?? [0, 0, 0, 1], pass, supersample, tileSize });
}

/** Test-side reference reduction: plain averages of straight RGBA (fine for opaque or uniform-alpha images). */
function boxDownscale(data: Uint8Array | Uint8ClampedArray, width: number, height: number, factor: number): Uint8Array {
  const w = width / factor, h = height / factor;
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++) sum += data[((y * factor + dy) * width + x * factor + dx) * 4 + c];
        out[(y * w + x) * 4 + c] = Math.round(sum / (factor * factor));
      }
    }
  }
  return out;
}

const harness = {
  async init(backend: 'webgpu' | 'webgl2') {
    const canvas = document.getElementById('canvas') as HTMLCanvasElement;
    engine = await createEngine({ canvas, backend });
    engine.on((e) => events.push(e));
    return { backend: engine.backend, adapterInfo: engine.adapterInfo };
  },
  async load(files: FileArg[]) {
    const inputs = files.map((f) => new File([toBytes(f.base64) as BlobPart], f.name));
    try {
      scene = await loadModel(inputs);
      engine!.setScene(scene);
      return { ok: true as const, warnings: scene.warnings };
    } catch (e) {
      const err = e as { code?: string; message?: string };
      return { ok: false as const, code: err.code ?? 'UNKNOWN', message: String(err.message ?? e) };
    }
  },
  /** Loads `{ name, bytes }` inputs (not Files) and tells what is left of the caller's arrays afterwards. */
  async loadBytes(files: FileArg[], transferBytes: boolean) {
    const inputs = files.map((f) => ({ name: f.name, bytes: toBytes(f.base64) }));
    const loaded = await loadModel(inputs, { transferBytes });
    engine!.setScene((scene = loaded));
    return { roots: loaded.roots.length, bytesLeft: inputs.map((input) => input.bytes.byteLength) };
  },
  /** Renders with an explicit camera, or frames the loaded scene from the camera's direction when `frame` is set. */
  async render(opts: RenderArgs) {
    const image = await renderImage(opts);
    return { width: image.width, height: image.height, base64: toBase64(new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength)) };
  },
  /** Renders (a big image stays in the page), then box-averages `factor`×`factor` blocks of straight RGBA. */
  async renderDownscaled(opts: RenderArgs, factor: number) {
    const image = await renderImage(opts);
    const small = boxDownscale(image.data, image.width, image.height, factor);
    return { width: image.width / factor, height: image.height / factor, base64: toBase64(small) };
  },
  /** Plans views of the loaded scene and exports them; the files come back as base64. */
  async exportViews(spec: ViewSpec, plan: Omit<PlanOptions, 'aspect'>, settings: Omit<ExportSettings, 'views'>, loseDeviceAt?: number) {
    const views = planViews(scene!, spec, { ...plan, aspect: settings.width / settings.height });
    const encoder = createImageEncoder();
    // TEST-ONLY: the device is lost once the export's progress first reaches `loseDeviceAt` (0..1)
    let lost = loseDeviceAt === undefined;
    const onProgress = ({ fraction }: { fraction: number }) => {
      if (!lost && fraction >= loseDeviceAt!) {
        lost = true;
        engine!.debug.loseDevice();
      }
    };
    try {
      const files = await exportViews(engine!, { ...settings, views }, { encoder, onProgress });
      return files.map((f) => ({ name: f.name, base64: toBase64(f.bytes) }));
    } finally {
      encoder.destroy();
    }
  },
  /** Exports while a timer loop measures how long the main thread was ever busy at a stretch. */
  async exportMeasuringResponsiveness(spec: ViewSpec, plan: Omit<PlanOptions, 'aspect'>, settings: Omit<ExportSettings, 'views'>) {
    const gaps: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const started = performance.now();
    const files = await harness.exportViews(spec, plan, settings);
    running = false;
    gaps.sort((a, b) => a - b);
    return { files: files.length, seconds: (performance.now() - started) / 1000, longest: gaps[gaps.length - 1], p99: gaps[Math.floor(gaps.length * 0.99)], ticks: gaps.length };
  },
  /** The size the browser's own decoder reads from an encoded image. */
  async decodedSize(base64: string, type: string) {
    const bitmap = await createImageBitmap(new Blob([toBytes(base64) as BlobPart], { type }));
    const size = [bitmap.width, bitmap.height];
    bitmap.close();
    return size;
  },
  /** Chooses the style through the public API; a refusal comes back as its error's name and message. */
  setStyle(id: string, params?: Record<string, unknown>) {
    try {
      engine!.setStyle(id, params);
      return { ok: true as const, style: engine!.style };
    } catch (e) {
      const err = e as Error;
      return { ok: false as const, name: err.name, message: err.message };
    }
  },
  /** Shows or hides the ground shadow through the public API; a refusal comes back as its error's name and message. */
  setGroundShadow(options: Parameters<Engine['setGroundShadow']>[0]) {
    try {
      engine!.setGroundShadow(options);
      return { ok: true as const, groundShadow: engine!.groundShadow };
    } catch (e) {
      const err = e as Error;
      return { ok: false as const, name: err.name, message: err.message };
    }
  },
  currentStyle: () => ({ id: engine!.style.id, params: { ...engine!.style.params } }),
  /** The styles the engine offers, as a UI sees them. */
  styles: () => STYLES.map((s) => ({ id: s.id, label: s.label, parameters: s.parameters })),
  events: () => events.map((e) => ({ ...e })),
  /** TEST-ONLY device loss through the browser's own mechanism; a final loss comes back as its error's code and message. */
  loseDevice() {
    try {
      engine!.debug.loseDevice();
      return { ok: true as const };
    } catch (e) {
      const err = e as { code?: string; message?: string };
      return { ok: false as const, code: err.code ?? 'UNKNOWN', message: String(err.message ?? e) };
    }
  },
  recoveries: () => engine!.debug.recoveries(),
  uploadWarnings: () => [...engine!.uploadWarnings],
  stats: () => ({ ...engine!.stats }),
  unload() {
    engine!.setScene(null);
    scene = null;
  },
};

(window as unknown as { harness: typeof harness }).harness = harness;
document.title = 'harness ready';
