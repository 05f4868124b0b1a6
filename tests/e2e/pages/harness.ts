// Test-only page: loads files through the engine's public API and renders them off-screen, so the
// Playwright specs can assert on read-back pixels. It uses nothing below engine/index.ts.
import {
  createEngine,
  defaultCamera,
  frameBounds,
  loadModel,
  sceneBounds,
  type CameraState,
  type DeviceEvent,
  type Engine,
  type Scene,
} from '../../../engine';

interface FileArg { name: string; base64: string }

let engine: Engine | null = null;
let scene: Scene | null = null;
const events: DeviceEvent[] = [];

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
  /** Renders with an explicit camera, or frames the loaded scene from the camera's direction when `frame` is set. */
  async render(opts: { width: number; height: number; background?: [number, number, number, number]; camera?: Partial<CameraState>; frame?: boolean }) {
    let camera: CameraState = { ...defaultCamera(), ...opts.camera };
    if (opts.frame && scene) camera = frameBounds(sceneBounds(scene), camera, opts.width / opts.height);
    const image = await engine!.renderImage(camera, { width: opts.width, height: opts.height, background: opts.background ?? [0, 0, 0, 1] });
    return { width: image.width, height: image.height, base64: toBase64(new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength)) };
  },
  events: () => events.map((e) => ({ ...e })),
  stats: () => ({ ...engine!.stats }),
  unload() {
    engine!.setScene(null);
    scene = null;
  },
};

(window as unknown as { harness: typeof harness }).harness = harness;
document.title = 'harness ready';
