// Test-only page for tests/e2e/render-smoke.spec.ts: renders the scenes of render-smoke-scenes.ts through
// the engine's public API on the backend the spec asks for, and hands back pixels and stats.
import { createEngine, defaultCamera, type CameraState, type EngineEvent, type Engine } from '../../../engine';
import { SCENES } from './render-smoke-scenes';

let engine: Engine | null = null;
const events: EngineEvent[] = [];

function toBase64(bytes: Uint8Array | Uint8ClampedArray): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Looks down -z at the origin and shows x∈[-2,2], y∈[-1,1] on a 2:1 image. */
const front: CameraState = { ...defaultCamera(), position: [0, 0, 5], target: [0, 0, 0], projection: 'orthographic', orthoHeight: 2, near: 0.1, far: 20 };

interface RenderRequest {
  scene: string | null;
  width?: number;
  height?: number;
  background?: [number, number, number, number];
  camera?: Partial<CameraState>;
}

const smoke = {
  async init(backend: 'webgpu' | 'webgl2') {
    engine = await createEngine({ canvas: document.getElementById('canvas') as HTMLCanvasElement, backend });
    engine.on((e) => events.push(e));
    return { backend: engine.backend, adapterInfo: engine.adapterInfo, maxImageSize: engine.maxImageSize };
  },
  setScene(name: string | null) {
    engine!.setScene(name ? SCENES[name]() : null);
  },
  async render(r: RenderRequest) {
    if (r.scene !== undefined) smoke.setScene(r.scene);
    const width = r.width ?? 200, height = r.height ?? 100;
    const image = await engine!.renderImage({ ...front, ...r.camera }, { width, height, background: r.background ?? [0, 0, 0, 1] });
    return { width: image.width, height: image.height, base64: toBase64(image.data) };
  },
  /** The error message of a rejected renderImage, or null when it resolved. */
  async renderError(width: number, height: number) {
    try {
      await engine!.renderImage(front, { width, height, background: [0, 0, 0, 1] });
      return null;
    } catch (e) {
      return { name: (e as Error).name, message: (e as Error).message };
    }
  },
  preview(width: number, height: number) {
    engine!.renderPreview(front, width, height, [0, 0, 0, 1]);
  },
  stats: () => ({ ...engine!.stats }),
  events: () => events.map((e) => ({ ...e })),
};

(window as unknown as { smoke: typeof smoke }).smoke = smoke;
document.title = 'smoke ready';
