// Render targets: an FBO with RGBA8 colour + DEPTH_COMPONENT24 (multisampled renderbuffers when asked), resolved
// by blitFramebuffer into the canvas's default framebuffer or an own RGBA8 texture that readPixels reads back.
import type { RenderTarget, RenderTargetDescriptor } from '../types';
import { GL } from './conv';
import type { WebGL2Context } from './device';
import { waitForGpu } from './fence';

/** After the resolve the multisampled image and depth are never read again (every pass clears). */
const AFTER_RESOLVE = [GL.COLOR_ATTACHMENT0, GL.DEPTH_ATTACHMENT];
const DEPTH_ONLY = [GL.DEPTH_ATTACHMENT];

export interface RenderTargetHandles {
  /** What passes draw into. */
  framebuffer: WebGLFramebuffer | null;
  /** The colour image is a texture for off-screen single-sampled targets, a renderbuffer otherwise. */
  colorTexture: WebGLTexture | null;
  colorRenderbuffer: WebGLRenderbuffer | null;
  depth: WebGLRenderbuffer | null;
  /** Off-screen multisampled targets only: the single-sampled copy readPixels reads. */
  resolveFramebuffer: WebGLFramebuffer | null;
  resolveTexture: WebGLTexture | null;
}

const noHandles = (): RenderTargetHandles => ({ framebuffer: null, colorTexture: null, colorRenderbuffer: null, depth: null, resolveFramebuffer: null, resolveTexture: null });

export class WebGL2RenderTarget implements RenderTarget {
  readonly label: string;
  readonly sampleCount: 1 | 4;
  readonly presentToCanvas: boolean;
  width = 0;
  height = 0;
  handle: RenderTargetHandles = noHandles();
  private destroyed = false;

  constructor(private readonly ctx: WebGL2Context, descriptor: RenderTargetDescriptor) {
    this.label = descriptor.label;
    this.sampleCount = descriptor.sampleCount;
    this.presentToCanvas = !!descriptor.presentToCanvas;
    this.resize(descriptor.width, descriptor.height);
  }

  resize(width: number, height: number): void {
    if (this.destroyed) throw new Error(`Render target '${this.label}' was destroyed`);
    const max = this.ctx.limits.maxTargetSize;
    if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 1 && height >= 1 && width <= max && height <= max)) {
      throw new Error(`Render target '${this.label}': size ${width}×${height} is outside 1..${max}`);
    }
    if (width === this.width && height === this.height) return;
    this.release();
    this.width = width;
    this.height = height;
    this.allocate();
    if (this.presentToCanvas) {
      const canvas = this.ctx.canvas;
      canvas.width = width;
      canvas.height = height;
    }
  }

  /** Binds the framebuffer a pass draws into, with the viewport covering it. */
  bindForPass(): void {
    if (this.destroyed) throw new Error(`Render target '${this.label}' was destroyed`);
    const canvas = this.ctx.canvas;
    if (this.presentToCanvas && (canvas.width !== this.width || canvas.height !== this.height)) {
      // Something else resized the canvas; the canvas follows the target, as on WebGPU.
      canvas.width = this.width;
      canvas.height = this.height;
    }
    this.ctx.state.bindDrawFramebuffer(this.handle.framebuffer);
    this.ctx.state.viewport(this.width, this.height);
  }

  /** Ends a pass: copies (and resolves) the drawing to where it is shown or read back. */
  resolve(): void {
    const { gl, state } = this.ctx;
    const h = this.handle;
    if (!this.presentToCanvas && !h.resolveFramebuffer) {
      gl.invalidateFramebuffer(GL.DRAW_FRAMEBUFFER, DEPTH_ONLY);
      return;
    }
    state.bindReadFramebuffer(h.framebuffer);
    // null: the canvas's drawing buffer.
    state.bindDrawFramebuffer(h.resolveFramebuffer);
    const { width: w, height: ht } = this;
    gl.blitFramebuffer(0, 0, w, ht, 0, 0, w, ht, GL.COLOR_BUFFER_BIT, GL.NEAREST);
    gl.invalidateFramebuffer(GL.READ_FRAMEBUFFER, AFTER_RESOLVE);
  }

  async readPixels(): Promise<Uint8Array<ArrayBuffer>> {
    if (this.destroyed) throw new Error(`Render target '${this.label}' was destroyed`);
    if (this.presentToCanvas) throw new Error(`Render target '${this.label}' presents to the canvas; only off-screen targets can be read back`);
    const { gl, state } = this.ctx;
    const { width, height } = this;
    const rowBytes = width * 4;
    const pack = gl.createBuffer();
    if (!pack) throw new Error(`Render target '${this.label}': WebGL2 gave no buffer for the read-back (is the context lost?)`);
    try {
      gl.bindBuffer(GL.PIXEL_PACK_BUFFER, pack);
      gl.bufferData(GL.PIXEL_PACK_BUFFER, rowBytes * height, GL.STREAM_READ);
      state.bindReadFramebuffer(this.handle.resolveFramebuffer ?? this.handle.framebuffer);
      // Into the pack buffer: the copy is queued, and the CPU only waits for it below, without blocking.
      gl.readPixels(0, 0, width, height, GL.RGBA, GL.UNSIGNED_BYTE, 0);
      gl.bindBuffer(GL.PIXEL_PACK_BUFFER, null);
      await waitForGpu(gl);
      const pixels = new Uint8Array(rowBytes * height);
      gl.bindBuffer(GL.PIXEL_PACK_BUFFER, pack);
      gl.getBufferSubData(GL.PIXEL_PACK_BUFFER, 0, pixels);
      gl.bindBuffer(GL.PIXEL_PACK_BUFFER, null);
      flipRows(pixels, rowBytes, height);
      return pixels;
    } finally {
      gl.deleteBuffer(pack);
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.release();
  }

  private allocate(): void {
    const { gl, state, limits } = this.ctx;
    const h = this.handle;
    const multisampled = this.sampleCount > 1;
    const samples = multisampled ? limits.maxSamples : 0;
    h.framebuffer = gl.createFramebuffer();
    state.bindDrawFramebuffer(h.framebuffer);
    if (!this.presentToCanvas && !multisampled) {
      // Nothing to resolve: the pass draws straight into the texture that is read back.
      h.colorTexture = this.colorTexture();
      gl.framebufferTexture2D(GL.DRAW_FRAMEBUFFER, GL.COLOR_ATTACHMENT0, GL.TEXTURE_2D, h.colorTexture, 0);
    } else {
      // The canvas's drawing buffer has no depth of its own, so even 1 sample draws into an FBO and blits.
      h.colorRenderbuffer = this.renderbuffer(samples, GL.RGBA8);
      gl.framebufferRenderbuffer(GL.DRAW_FRAMEBUFFER, GL.COLOR_ATTACHMENT0, GL.RENDERBUFFER, h.colorRenderbuffer);
    }
    h.depth = this.renderbuffer(samples, GL.DEPTH_COMPONENT24);
    gl.framebufferRenderbuffer(GL.DRAW_FRAMEBUFFER, GL.DEPTH_ATTACHMENT, GL.RENDERBUFFER, h.depth);
    this.checkComplete('draw');
    if (!this.presentToCanvas && multisampled) {
      h.resolveFramebuffer = gl.createFramebuffer();
      state.bindDrawFramebuffer(h.resolveFramebuffer);
      h.resolveTexture = this.colorTexture();
      gl.framebufferTexture2D(GL.DRAW_FRAMEBUFFER, GL.COLOR_ATTACHMENT0, GL.TEXTURE_2D, h.resolveTexture, 0);
      this.checkComplete('resolve');
    }
  }

  private colorTexture(): WebGLTexture | null {
    const { gl, state } = this.ctx;
    const texture = gl.createTexture();
    state.bindTexture(0, texture);
    gl.texStorage2D(GL.TEXTURE_2D, 1, GL.RGBA8, this.width, this.height);
    // Left bound, a texture attached to the framebuffer being drawn would count as a feedback loop.
    state.bindTexture(0, null);
    return texture;
  }

  private renderbuffer(samples: number, format: number): WebGLRenderbuffer | null {
    const gl = this.ctx.gl;
    const renderbuffer = gl.createRenderbuffer();
    gl.bindRenderbuffer(GL.RENDERBUFFER, renderbuffer);
    gl.renderbufferStorageMultisample(GL.RENDERBUFFER, samples, format, this.width, this.height);
    gl.bindRenderbuffer(GL.RENDERBUFFER, null);
    return renderbuffer;
  }

  private checkComplete(which: string): void {
    const gl = this.ctx.gl;
    const status = gl.checkFramebufferStatus(GL.DRAW_FRAMEBUFFER);
    if (status === GL.FRAMEBUFFER_COMPLETE || gl.isContextLost()) return;
    const message = `Render target '${this.label}': the ${which} framebuffer is incomplete (status 0x${status.toString(16)}) at ${this.width}×${this.height}, ${this.sampleCount} sample(s)`;
    this.release();
    this.width = 0;
    this.height = 0;
    throw this.ctx.fail(message);
  }

  private release(): void {
    const { gl, state } = this.ctx;
    const h = this.handle;
    for (const fb of [h.framebuffer, h.resolveFramebuffer]) {
      if (!fb) continue;
      state.forget(fb);
      gl.deleteFramebuffer(fb);
    }
    for (const texture of [h.colorTexture, h.resolveTexture]) {
      if (!texture) continue;
      state.forget(texture);
      gl.deleteTexture(texture);
    }
    for (const renderbuffer of [h.colorRenderbuffer, h.depth]) if (renderbuffer) gl.deleteRenderbuffer(renderbuffer);
    this.handle = noHandles();
  }
}

/** GL's rows run bottom to top; the contract's run top to bottom. */
function flipRows(pixels: Uint8Array, rowBytes: number, height: number): void {
  const row = new Uint8Array(rowBytes);
  for (let top = 0, bottom = height - 1; top < bottom; top++, bottom--) {
    const a = top * rowBytes;
    const b = bottom * rowBytes;
    row.set(pixels.subarray(a, a + rowBytes));
    pixels.copyWithin(a, b, b + rowBytes);
    pixels.set(row, b);
  }
}
