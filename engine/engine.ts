// The engine behind engine/api.ts: a device, the PBR renderer, a canvas target for the preview and an
// off-screen target for images.
import type { Engine, EngineOptions, ImageOptions } from './api';
import { createDevice } from './gpu/create-device';
import type { Device, DeviceEvent, DeviceStats, PixelData, RenderTarget } from './gpu/types';
import { checkImageSize, unpremultiplyInPlace } from './render/pixels';
import { Renderer } from './render/renderer';
import type { Scene } from './scene/types';
import type { CameraState } from './views/camera';

/** Neutral dark grey, display-ready, for previews drawn without a background. */
export const DEFAULT_PREVIEW_BACKGROUND: [number, number, number, number] = [0.125, 0.137, 0.161, 1];

/** Image targets larger than this many pixels are freed after each image instead of being kept for the next. */
const KEPT_IMAGE_TARGET_PIXELS = 2048 * 2048;

class RenderEngine implements Engine {
  private readonly renderer: Renderer;
  private previewTarget: RenderTarget | null = null;
  private imageTarget: RenderTarget | null = null;
  /** Images render one at a time: each read-back must finish before the target is reused. */
  private imageQueue: Promise<unknown> = Promise.resolve();
  private destroyed = false;

  constructor(private readonly device: Device) {
    this.renderer = new Renderer(device);
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
    return this.device.limits.maxTextureSize;
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
    const max = this.maxImageSize;
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
    this.imageTarget?.destroy();
    this.previewTarget = this.imageTarget = null;
    this.device.destroy();
  }

  private async renderImageNow(camera: CameraState, options: ImageOptions): Promise<PixelData> {
    if (this.destroyed) throw new Error('The engine was destroyed');
    const { width, height, background } = options;
    checkImageSize(width, height, this.maxImageSize);
    let target = this.imageTarget;
    if (!target) {
      target = this.device.createRenderTarget({ label: 'image', width, height, sampleCount: this.renderer.sampleCount });
      this.imageTarget = target;
    } else if (target.width !== width || target.height !== height) {
      target.resize(width, height);
    }
    this.renderer.render(target, camera, background);
    const data = await target.readPixels();
    if (width * height > KEPT_IMAGE_TARGET_PIXELS && this.imageTarget === target) {
      target.destroy();
      this.imageTarget = null;
    }
    unpremultiplyInPlace(data);
    return { width, height, data };
  }
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
