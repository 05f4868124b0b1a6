// Render targets: rgba8unorm colour (multisampled when asked) + depth24plus, resolved into the canvas's
// current texture or an own texture that readPixels copies back.
import { COLOR_FORMAT } from '../types';
import type { RenderTarget, RenderTargetDescriptor } from '../types';
import { DEPTH_FORMAT } from './conv';
import type { WebGPUContext } from './device';

const ROW_ALIGNMENT = 256;

/** What a render pass attaches this frame. */
export interface PassAttachments {
  color: GPUTextureView;
  resolveTarget: GPUTextureView | undefined;
  depth: GPUTextureView;
}

export class WebGPURenderTarget implements RenderTarget {
  readonly label: string;
  readonly sampleCount: 1 | 4;
  readonly presentToCanvas: boolean;
  width = 0;
  height = 0;
  /** The raw textures, for debugging; resolve is null when presenting to the canvas. */
  handle: { multisampled: GPUTexture | null; resolve: GPUTexture | null; depth: GPUTexture | null } = { multisampled: null, resolve: null, depth: null };
  private destroyed = false;

  constructor(private readonly ctx: WebGPUContext, descriptor: RenderTargetDescriptor) {
    this.label = descriptor.label;
    this.sampleCount = descriptor.sampleCount;
    this.presentToCanvas = !!descriptor.presentToCanvas;
    if (this.presentToCanvas && !ctx.canvasContext) throw new Error(`Render target '${this.label}': the device has no canvas context`);
    this.resize(descriptor.width, descriptor.height);
  }

  resize(width: number, height: number): void {
    if (this.destroyed) throw new Error(`Render target '${this.label}' was destroyed`);
    const max = this.ctx.device.limits.maxTextureDimension2D;
    if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 1 && height >= 1 && width <= max && height <= max)) {
      throw new Error(`Render target '${this.label}': size ${width}×${height} is outside 1..${max}`);
    }
    if (width === this.width && height === this.height) return;
    this.releaseTextures();
    this.width = width;
    this.height = height;
    const { device } = this.ctx;
    const size = { width, height };
    if (this.sampleCount > 1) {
      this.handle.multisampled = device.createTexture({
        label: `${this.label}/color-msaa`, size, format: COLOR_FORMAT, sampleCount: this.sampleCount, usage: GPUTextureUsage.RENDER_ATTACHMENT,
      });
    }
    this.handle.depth = device.createTexture({
      label: `${this.label}/depth`, size, format: DEPTH_FORMAT, sampleCount: this.sampleCount, usage: GPUTextureUsage.RENDER_ATTACHMENT,
    });
    if (this.presentToCanvas) {
      // The canvas's current texture follows the canvas's size.
      const canvas = this.ctx.canvas;
      canvas.width = width;
      canvas.height = height;
    } else {
      this.handle.resolve = device.createTexture({
        label: `${this.label}/color`,
        size,
        format: COLOR_FORMAT,
        usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC | GPUTextureUsage.TEXTURE_BINDING,
      });
    }
  }

  /** Views for one pass; for the canvas that is this frame's current texture. */
  attachments(): PassAttachments {
    if (this.destroyed) throw new Error(`Render target '${this.label}' was destroyed`);
    const canvas = this.ctx.canvas;
    if (this.presentToCanvas && (canvas.width !== this.width || canvas.height !== this.height)) {
      // Something else resized the canvas; the canvas follows the target so the attachments match.
      canvas.width = this.width;
      canvas.height = this.height;
    }
    const final = this.presentToCanvas ? this.ctx.canvasContext!.getCurrentTexture() : this.handle.resolve!;
    const depth = this.handle.depth!.createView();
    if (this.handle.multisampled) return { color: this.handle.multisampled.createView(), resolveTarget: final.createView(), depth };
    return { color: final.createView(), resolveTarget: undefined, depth };
  }

  async readPixels(): Promise<Uint8Array<ArrayBuffer>> {
    if (this.destroyed) throw new Error(`Render target '${this.label}' was destroyed`);
    const source = this.handle.resolve;
    if (!source) throw new Error(`Render target '${this.label}' presents to the canvas; only off-screen targets can be read back`);
    const { device } = this.ctx;
    const { width, height } = this;
    const rowBytes = width * 4;
    const paddedRowBytes = Math.ceil(rowBytes / ROW_ALIGNMENT) * ROW_ALIGNMENT;
    const staging = device.createBuffer({ label: `${this.label}/read-back`, size: paddedRowBytes * height, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ });
    try {
      const encoder = device.createCommandEncoder({ label: `${this.label}/read-back` });
      encoder.copyTextureToBuffer({ texture: source }, { buffer: staging, bytesPerRow: paddedRowBytes, rowsPerImage: height }, { width, height });
      device.queue.submit([encoder.finish()]);
      await staging.mapAsync(GPUMapMode.READ);
      const mapped = new Uint8Array(staging.getMappedRange());
      const pixels = new Uint8Array(rowBytes * height);
      // Texture row 0 is the image's top row, so only the row padding has to go.
      for (let y = 0; y < height; y++) pixels.set(mapped.subarray(y * paddedRowBytes, y * paddedRowBytes + rowBytes), y * rowBytes);
      staging.unmap();
      return pixels;
    } finally {
      staging.destroy();
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.releaseTextures();
  }

  private releaseTextures(): void {
    this.handle.multisampled?.destroy();
    this.handle.resolve?.destroy();
    this.handle.depth?.destroy();
    this.handle = { multisampled: null, resolve: null, depth: null };
  }
}
