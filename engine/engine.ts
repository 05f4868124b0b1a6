// The engine behind engine/api.ts: a device, the renderer and its current style, a canvas target for the preview
// and an off-screen target for images.
import type { CurrentStyle, GroundShadowOptions, Engine, EngineDebug, EngineOptions, ImageOptions, ImagePass } from './api';
import { DeviceRecovery, type EngineEvent } from './device-recovery';
import { createDevice } from './gpu/create-device';
import type { Device, DeviceStats, PixelData, RenderTarget } from './gpu/types';
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
  private renderer: Renderer;
  /** The device, and a new one after a loss; the engine's GPU objects are rebuilt on it. */
  private readonly recovery: DeviceRecovery;
  /** False from a device loss until the renderer is rebuilt (for good when the loss was final). */
  private gpuReady = true;
  /** The scene asked for, kept so a rebuilt renderer can upload it again. */
  private scene: Scene | null = null;
  private previewTarget: RenderTarget | null = null;
  private readonly imageTargets = new Map<1 | 4, RenderTarget>();
  /** Images render one at a time: each read-back must finish before the target is reused. */
  private imageQueue: Promise<unknown> = Promise.resolve();
  private destroyed = false;
  private currentStyle!: CurrentStyle;
  /** Packed Style block, reused for every change. */
  private readonly styleData = new Float32Array(STYLE_LAYOUT.floats);
  private groundShadowSettings: Readonly<GroundShadowSettings> | null = null;

  constructor(device: Device) {
    this.renderer = new Renderer(device);
    this.recovery = new DeviceRecovery(device, { teardown: () => this.dropGpuObjects(), rebuild: (next) => this.rebuild(next) });
    this.setStyle(DEFAULT_STYLE_ID);
  }

  private get device(): Device {
    return this.recovery.device;
  }

  /** TEST-ONLY controls; the app never uses them. */
  readonly debug: EngineDebug = {
    loseDevice: () => this.recovery.loseDevice(),
    recoveries: () => this.recovery.recoveries,
  };

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
    // without a device the style is only remembered: rebuild() applies it
    if (this.gpuReady) this.renderer.setLook({ program: style.program, parameters: this.styleData, ...lighting, lines: style.lines?.(values) ?? null });
    this.currentStyle = Object.freeze({ id: style.id, params: Object.freeze({ ...values }) });
  }

  get groundShadow(): Readonly<Required<GroundShadowOptions>> | null {
    return this.groundShadowSettings;
  }

  setGroundShadow(options: GroundShadowOptions | null): void {
    if (this.destroyed) throw new Error('The engine was destroyed');
    const settings = options === null ? null : Object.freeze(resolveGroundShadow(options));
    // without a device the shadow is only remembered: rebuild() applies it
    if (this.gpuReady) this.renderer.setGroundShadow(settings);
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
    // the warnings describe the scene on the GPU now, not every scene ever shown
    if (scene !== this.scene) this.renderer.warnings.length = 0;
    this.scene = scene;
    if (!this.gpuReady) return;
    this.renderer.setScene(scene);
    this.device.reportPendingErrors();
  }

  get uploadWarnings(): readonly string[] {
    return [...this.renderer.warnings];
  }

  renderPreview(camera: CameraState, width: number, height: number, background = DEFAULT_PREVIEW_BACKGROUND): void {
    if (this.destroyed || !this.gpuReady) return;
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
    // an image the device was lost under is rendered again on the recovered device
    const result = this.imageQueue.then(() => this.recovery.run(async () => {
      const image = await this.renderImageNow(camera, options);
      this.device.reportPendingErrors();
      return image;
    }));
    this.imageQueue = result.catch(() => undefined);
    return result;
  }

  timeNextRender(): Promise<number | null> | null {
    return this.device.timeNextPass();
  }

  whenGpuIdle(): Promise<void> {
    if (this.destroyed || !this.gpuReady) return Promise.resolve();
    return this.device.finish();
  }

  on(listener: (event: EngineEvent) => void): () => void {
    return this.recovery.on(listener);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.recovery.dispose();
    this.dropGpuObjects();
    this.device.destroy();
  }

  /** Frees every GPU object the engine made; on a lost device this only lets go of them. */
  private dropGpuObjects(): void {
    this.gpuReady = false;
    this.renderer.destroy();
    this.previewTarget?.destroy();
    this.previewTarget = null;
    for (const target of this.imageTargets.values()) target.destroy();
    this.imageTargets.clear();
  }

  /** After a recovered loss: a renderer on the new device, with the style, the scene and every setter's state put back. */
  private rebuild(device: Device): void {
    const warnings = [...this.renderer.warnings];
    this.renderer = new Renderer(device);
    this.gpuReady = true;
    this.setStyle(this.currentStyle.id, this.currentStyle.params);
    this.renderer.setScene(this.scene);
    this.renderer.setGroundShadow(this.groundShadowSettings);
    // the same scene gives the same warnings; they are not news the second time
    this.renderer.warnings.splice(0, this.renderer.warnings.length, ...warnings);
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
    // One tile at the image's own size is the image itself: it is read back and used, not copied.
    const direct = single && factor === 1;
    let out = direct ? new Uint8Array(0) : new Uint8Array(width * height * 4);
    try {
      for (let i = 0; i < tiles.length; i++) {
        if (signal?.aborted) throw abortError();
        const tile = tiles[i];
        const region: ImageRegion | null = single && factor === 1 ? null : {
          x: tile.x * factor, y: tile.y * factor, width: targetWidth, height: targetHeight, fullWidth: width * factor, fullHeight: height * factor,
        };
        this.renderer.render(target, camera, background, { program, region, pixelScale: factor });
        const premultiplied = await target.readPixels();
        if (direct) out = premultiplied;
        else reduceInto(premultiplied, targetWidth, factor, out, width, tile.x, tile.y, tile.width, tile.height);
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
