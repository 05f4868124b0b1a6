// The engine behind engine/api.ts: a device, the renderer and its current style, a canvas target for the preview
// and an off-screen target for images.
import type { CurrentStyle, GroundShadowOptions, Engine, EngineOptions, ImageOptions, ImagePass } from './api';
import { createDevice } from './gpu/create-device';
import type { Device, DeviceEvent, DeviceStats, PixelData, RenderTarget } from './gpu/types';
import { checkImageSize, unpremultiplyInPlace } from './render/pixels';
import type { ImageRegion } from './render/camera-matrices';
import type { ProgramId } from './render/programs';
import { STUDIO } from './render/environment';
import type { GroundShadowSettings } from './render/ground-shadow';
import { resolveGroundShadow } from './render/ground-shadow-options';
import { Renderer } from './render/renderer';
import { STYLE_LAYOUT } from './render/style-uniforms';
import { DEFAULT_STYLE_ID, findStyle, resolveParameters, STYLE_REGISTRY } from './styles';
import { planTiles, reduceInto } from './render/tiles';
import type { Scene } from './scene/types';
import type { CameraState } from './views/camera';

/** Neutral dark grey, display-ready, for previews drawn without a background. */
export const DEFAULT_PREVIEW_BACKGROUND: [number, number, number, number] = [0.125, 0.137, 0.161, 1];

/** Image targets larger than this many pixels are freed after each image instead of being kept for the next. */
const KEPT_IMAGE_TARGET_PIXELS = 2048 * 2048;
/** Tiles beyond this edge gain little and cost memory on software adapters. */
const DEFAULT_TILE_EDGE = 4096;
/** Images up to this edge are accepted whatever the GPU's texture limit: larger ones render in tiles. */
const MAX_TILED_IMAGE_SIZE = 16384;

class RenderEngine implements Engine {
  private readonly renderer: Renderer;
  private previewTarget: RenderTarget | null = null;
  private readonly imageTargets = new Map<1 | 4, RenderTarget>();
  /** Images render one at a time: each read-back must finish before the target is reused. */
  private imageQueue: Promise<unknown> = Promise.resolve();
  private destroyed = false;
  private currentStyle!: CurrentStyle;
  /** Packed Style block, reused for every change. */
  private readonly styleData = new Float32Array(STYLE_LAYOUT.floats);
  private groundShadowSettings: Readonly<GroundShadowSettings> | null = null;

  constructor(private readonly device: Device) {
    this.renderer = new Renderer(device);
    this.setStyle(DEFAULT_STYLE_ID);
  }

  get style(): CurrentStyle {
    return this.currentStyle;
  }

  setStyle(id: string, params?: Readonly<Record<string, unknown>>): void {
    if (this.destroyed) throw new Error('The engine was destroyed');
    const style = findStyle(STYLE_REGISTRY, id);
    const values = resolveParameters(style, params);
    this.styleData.fill(0);
    style.pack(values, this.styleData);
    const lighting = style.lighting?.(values) ?? { environment: STUDIO, exposure: 1 };
    this.renderer.setLook({ program: style.program, parameters: this.styleData, ...lighting, lines: style.lines?.(values) ?? null });
    this.currentStyle = Object.freeze({ id: style.id, params: Object.freeze({ ...values }) });
  }

  get groundShadow(): Readonly<Required<GroundShadowOptions>> | null {
    return this.groundShadowSettings;
  }

  setGroundShadow(options: GroundShadowOptions | null): void {
    if (this.destroyed) throw new Error('The engine was destroyed');
    const settings = options === null ? null : Object.freeze(resolveGroundShadow(options));
    this.renderer.setGroundShadow(settings);
    this.groundShadowSettings = settings;
  }

  get backend() {
    return this.device.backend;
  }

  get adapterInfo(): string {
    return this.device.adapterInfo;
  }

  get stats(): Readonly<DeviceStats> {
    return this.device.stats;
  }

  get maxImageSize(): number {
    return Math.max(this.device.limits.maxTextureSize, MAX_TILED_IMAGE_SIZE);
  }

  setScene(scene: Scene | null): void {
    if (this.destroyed) {
      if (scene) throw new Error('The engine was destroyed');
      return;
    }
    this.renderer.setScene(scene);
  }

  renderPreview(camera: CameraState, width: number, height: number, background = DEFAULT_PREVIEW_BACKGROUND): void {
    if (this.destroyed) return;
    const max = this.device.limits.maxTextureSize;
    const w = Math.min(max, Math.max(1, Math.round(width)));
    const h = Math.min(max, Math.max(1, Math.round(height)));
    if (!this.previewTarget) {
      this.previewTarget = this.device.createRenderTarget({ label: 'preview', width: w, height: h, sampleCount: this.renderer.sampleCount, presentToCanvas: true });
    } else if (this.previewTarget.width !== w || this.previewTarget.height !== h) {
      this.previewTarget.resize(w, h);
    }
    this.renderer.render(this.previewTarget, camera, background);
  }

  renderImage(camera: CameraState, options: ImageOptions): Promise<PixelData> {
    const result = this.imageQueue.then(() => this.renderImageNow(camera, options));
    this.imageQueue = result.catch(() => undefined);
    return result;
  }

  on(listener: (event: DeviceEvent) => void): () => void {
    return this.device.on(listener);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.renderer.destroy();
    this.previewTarget?.destroy();
    this.previewTarget = null;
    for (const target of this.imageTargets.values()) target.destroy();
    this.imageTargets.clear();
    this.device.destroy();
  }

  private async renderImageNow(camera: CameraState, options: ImageOptions): Promise<PixelData> {
    if (this.destroyed) throw new Error('The engine was destroyed');
    const { width, height, background, signal, onProgress } = options;
    checkImageSize(width, height, this.maxImageSize);
    const pass = options.pass ?? 'color';
    // the colour pass shows the current style; the data passes mean the same whatever the style
    const program = pass === 'color' ? this.renderer.program : PASS_PROGRAMS[pass];
    const sampleCount = pass === 'color' ? this.renderer.sampleCount : 1;
    const factor = pass === 'color' ? checkSupersample(options.supersample ?? 1) : 1;
    const limit = this.device.limits.maxTextureSize;
    const tileEdge = Math.max(1, Math.floor(Math.min(options.tileSize ?? DEFAULT_TILE_EDGE, limit) / factor));
    const single = width <= tileEdge && height <= tileEdge;
    // One tile: the target is the image's own size. Several: every tile renders at the full tile size, the
    // edge tiles looking past the image's border, so the target is never resized between tiles.
    const tiles = single ? [{ x: 0, y: 0, width, height }] : planTiles(width, height, tileEdge);
    const targetWidth = (single ? width : tileEdge) * factor;
    const targetHeight = (single ? height : tileEdge) * factor;
    const target = this.imageTarget(sampleCount, targetWidth, targetHeight);
    const out = new Uint8Array(width * height * 4);
    try {
      for (let i = 0; i < tiles.length; i++) {
        if (signal?.aborted) throw abortError();
        const tile = tiles[i];
        const region: ImageRegion | null = single && factor === 1 ? null : {
          x: tile.x * factor, y: tile.y * factor, width: targetWidth, height: targetHeight, fullWidth: width * factor, fullHeight: height * factor,
        };
        this.renderer.render(target, camera, background, { program, region, pixelScale: factor });
        const premultiplied = await target.readPixels();
        reduceInto(premultiplied, targetWidth, factor, out, width, tile.x, tile.y, tile.width, tile.height);
        onProgress?.((i + 1) / tiles.length);
      }
    } finally {
      if (targetWidth * targetHeight > KEPT_IMAGE_TARGET_PIXELS) this.dropImageTarget(sampleCount);
    }
    if (signal?.aborted) throw abortError();
    unpremultiplyInPlace(out);
    return { width, height, data: out };
  }

  /** The off-screen target for one sample count, made or resized to the size asked. */
  private imageTarget(sampleCount: 1 | 4, width: number, height: number): RenderTarget {
    let target = this.imageTargets.get(sampleCount);
    if (!target) {
      target = this.device.createRenderTarget({ label: `image/x${sampleCount}`, width, height, sampleCount });
      this.imageTargets.set(sampleCount, target);
    } else if (target.width !== width || target.height !== height) {
      target.resize(width, height);
    }
    return target;
  }

  private dropImageTarget(sampleCount: 1 | 4): void {
    this.imageTargets.get(sampleCount)?.destroy();
    this.imageTargets.delete(sampleCount);
  }
}

const PASS_PROGRAMS: Record<Exclude<ImagePass, 'color'>, ProgramId> = { mask: 'mask', depth: 'depth', normals: 'normals' };

function checkSupersample(factor: number): 1 | 2 | 4 {
  if (factor === 1 || factor === 2 || factor === 4) return factor;
  throw new RangeError(`Supersampling must be 1, 2 or 4, not ${factor}`);
}

function abortError(): DOMException {
  return new DOMException('Rendering the image was cancelled', 'AbortError');
}

/** Creates the device (WebGPU first unless told otherwise, WebGL2 as the fallback) and the renderer on it. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const device = await createDevice({ canvas: options.canvas, backend: options.backend ?? 'auto' });
  try {
    return new RenderEngine(device);
  } catch (error) {
    device.destroy();
    throw error;
  }
}
