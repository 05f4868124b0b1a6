// The WebGL2 implementation of the device contract, and its creation from a canvas.
import { emptyStats } from '../types';
import type {
  BindGroupDescriptor, BufferDescriptor, Device, DeviceEvent, DeviceLimits, DeviceStats, GpuBindGroup, GpuBuffer,
  GpuPipeline, GpuSampler, GpuTexture, RenderPassDescriptor, RenderPassEncoder, RenderPipelineDescriptor, RenderTarget,
  RenderTargetDescriptor, SamplerDescriptor, TextureDescriptor,
} from '../types';
import { WebGL2Buffer } from './buffer';
import { GL } from './conv';
import { waitForGpu } from './fence';
import { WebGL2RenderPass } from './pass';
import { PassTimer } from './timer';
import { WebGL2BindGroup, WebGL2Pipeline } from './pipeline';
import { ProgramCache } from './program';
import { GLState } from './state';
import { WebGL2RenderTarget } from './target';
import { WebGL2Sampler, WebGL2Texture } from './texture';

/** What the contract's limits leave out and the backend needs. */
export interface WebGL2Limits extends DeviceLimits {
  /** Largest render target side (textures, renderbuffers and viewports all allow it). */
  maxTargetSize: number;
  maxAnisotropy: number;
  maxTextureUnits: number;
  /** Uniform binding points per group: group g's binding b is point g*stride + b. */
  uniformBindingStride: number;
}

/** What the backend's resources share: the context, its state cache, the counters and the program cache. */
export interface WebGL2Context {
  readonly gl: WebGL2RenderingContext;
  readonly state: GLState;
  readonly stats: DeviceStats;
  readonly limits: WebGL2Limits;
  readonly programs: ProgramCache;
  readonly timer: PassTimer;
  readonly canvas: HTMLCanvasElement | OffscreenCanvas;
  /** Reports a validation error to the device's listeners. */
  report(message: string): void;
  /** Reports a validation error and returns it as an Error to throw. */
  fail(message: string): Error;
}

const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  // Multisampling comes from the render targets; the drawing buffer only receives the resolved image.
  antialias: false,
  alpha: true,
  premultipliedAlpha: true,
  depth: false,
  stencil: false,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

function queryLimits(gl: WebGL2RenderingContext): WebGL2Limits {
  const samplesOf = (format: number) => Math.max(0, ...(gl.getInternalformatParameter(GL.RENDERBUFFER, format, GL.SAMPLES) as Int32Array));
  const viewport = gl.getParameter(GL.MAX_VIEWPORT_DIMS) as Int32Array;
  const maxTextureSize = gl.getParameter(GL.MAX_TEXTURE_SIZE) as number;
  const anisotropic = gl.getExtension('EXT_texture_filter_anisotropic');
  return {
    maxTextureSize,
    // The contract's sample counts are 1 and 4; formats may allow fewer than MAX_SAMPLES.
    maxSamples: Math.min(4, gl.getParameter(GL.MAX_SAMPLES) as number, samplesOf(GL.RGBA8), samplesOf(GL.DEPTH_COMPONENT24)),
    maxTargetSize: Math.min(maxTextureSize, gl.getParameter(GL.MAX_RENDERBUFFER_SIZE) as number, viewport[0], viewport[1]),
    maxAnisotropy: anisotropic ? Math.min(16, gl.getParameter(GL.MAX_TEXTURE_MAX_ANISOTROPY_EXT) as number) : 1,
    maxTextureUnits: gl.getParameter(GL.MAX_COMBINED_TEXTURE_IMAGE_UNITS) as number,
    uniformOffsetAlignment: gl.getParameter(GL.UNIFORM_BUFFER_OFFSET_ALIGNMENT) as number,
    // 16 per group, or fewer where the device has fewer than 48 binding points (WebGL2 promises only 24).
    uniformBindingStride: Math.min(16, Math.floor((gl.getParameter(GL.MAX_UNIFORM_BUFFER_BINDINGS) as number) / 3)),
  };
}

function describeRenderer(gl: WebGL2RenderingContext): string {
  let vendor = gl.getParameter(GL.VENDOR) as string;
  let renderer = gl.getParameter(GL.RENDERER) as string;
  // Browsers that still mask RENDERER ('WebKit WebGL') give the real one through this extension.
  if (/^WebKit WebGL$/i.test(renderer) && gl.getExtension('WEBGL_debug_renderer_info')) {
    vendor = gl.getParameter(GL.UNMASKED_VENDOR_WEBGL) as string;
    renderer = gl.getParameter(GL.UNMASKED_RENDERER_WEBGL) as string;
  }
  return `WebGL2: ${[vendor, renderer].filter((p) => p).join(' ') || 'unknown renderer'}`;
}

export class WebGL2Device implements Device {
  readonly backend = 'webgl2' as const;
  readonly clipDepth = 'negative-one-to-one' as const;
  readonly limits: DeviceLimits;
  readonly stats: DeviceStats = emptyStats();
  readonly adapterInfo: string;
  readonly handle: WebGL2RenderingContext;
  private readonly ctx: WebGL2Context;
  private readonly listeners = new Set<(event: DeviceEvent) => void>();
  private readonly onContextLost = (event: Event) => {
    // Default handling would rule out a later restore; the engine decides what to do on 'lost'.
    event.preventDefault();
    if (!this.destroyed) this.emit({ type: 'lost', reason: 'The WebGL2 context was lost' });
  };
  private destroyed = false;

  constructor(gl: WebGL2RenderingContext, readonly canvas: HTMLCanvasElement | OffscreenCanvas) {
    this.handle = gl;
    const limits = queryLimits(gl);
    this.limits = { maxTextureSize: limits.maxTextureSize, maxSamples: limits.maxSamples, uniformOffsetAlignment: limits.uniformOffsetAlignment };
    this.adapterInfo = describeRenderer(gl);
    const state = new GLState(gl);
    const report = (message: string) => this.emit({ type: 'error', kind: 'validation', message });
    const fail = (message: string) => {
      report(message);
      return new Error(message);
    };
    const programs = new ProgramCache(gl, state, limits, fail);
    this.ctx = { gl, state, stats: this.stats, limits, programs, timer: new PassTimer(gl), canvas, report, fail };
    canvas.addEventListener('webglcontextlost', this.onContextLost);
  }

  /** The state cache, for tests that count the GL calls it lets through. */
  get state(): GLState {
    return this.ctx.state;
  }

  createBuffer(descriptor: BufferDescriptor): GpuBuffer {
    return new WebGL2Buffer(this.ctx, descriptor);
  }

  createTexture(descriptor: TextureDescriptor): GpuTexture {
    return new WebGL2Texture(this.ctx, descriptor);
  }

  createSampler(descriptor: SamplerDescriptor): GpuSampler {
    return new WebGL2Sampler(this.ctx, descriptor);
  }

  createPipeline(descriptor: RenderPipelineDescriptor): GpuPipeline {
    return new WebGL2Pipeline(this.ctx, descriptor);
  }

  createBindGroup(descriptor: BindGroupDescriptor): GpuBindGroup {
    return new WebGL2BindGroup(this.ctx, descriptor);
  }

  createRenderTarget(descriptor: RenderTargetDescriptor): RenderTarget {
    return new WebGL2RenderTarget(this.ctx, descriptor);
  }

  beginRenderPass(descriptor: RenderPassDescriptor): RenderPassEncoder {
    return new WebGL2RenderPass(this.ctx, descriptor);
  }

  timeNextPass(): Promise<number | null> | null {
    return this.ctx.timer.timeNextPass();
  }

  finish(): Promise<void> {
    return waitForGpu(this.handle);
  }

  on(listener: (event: DeviceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isLost(): boolean {
    return this.handle.isContextLost();
  }

  /** Drains getError's queue (a few entries at most) into error events. */
  reportPendingErrors(): void {
    const gl = this.handle;
    for (let i = 0; i < MAX_ERRORS_DRAINED; i++) {
      const error = gl.getError();
      if (error === GL.NO_ERROR || error === GL.CONTEXT_LOST_WEBGL) return;
      const kind = error === GL.OUT_OF_MEMORY ? 'out-of-memory' : 'validation';
      this.emit({ type: 'error', kind, message: `WebGL2 reported error 0x${error.toString(16)}${kind === 'out-of-memory' ? ' (out of memory)' : ''}` });
    }
  }

  simulateLossForTesting(): void {
    const extension = this.handle.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available, so a loss cannot be forced');
    // given back the way a browser gives back a real loss, once the loss has been dispatched; a listener of its
    // own, since the device may be destroyed before the event arrives
    this.canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      setTimeout(() => extension.restoreContext(), 0);
    }, { once: true });
    extension.loseContext();
  }

  /** Frees what the device itself made (programs); resources made through it are freed by their own destroy(). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.canvas.removeEventListener('webglcontextlost', this.onContextLost);
    this.ctx.programs.destroy();
    this.ctx.timer.destroy();
    this.listeners.clear();
  }

  private emit(event: DeviceEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** getError keeps one flag per error kind, so a handful of calls empties it. */
const MAX_ERRORS_DRAINED = 8;

/** Resolves once the canvas's lost WebGL2 context is given back; rejects after `timeoutMs`. */
export function whenContextRestored(canvas: HTMLCanvasElement | OffscreenCanvas, timeoutMs: number): Promise<void> {
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES) as WebGL2RenderingContext | null;
  if (gl && !gl.isContextLost()) return Promise.resolve();
  // a loss seen before its event (isContextLost()) must still have the event's default prevented to be given back
  canvas.addEventListener('webglcontextlost', (event) => event.preventDefault(), { once: true });
  return new Promise((resolve, reject) => {
    const restored = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      canvas.removeEventListener('webglcontextrestored', restored);
      reject(new Error(`The WebGL2 context was not given back within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    canvas.addEventListener('webglcontextrestored', restored, { once: true });
  });
}

/** Throws with a reason when the canvas gives no WebGL2 context. */
export function createWebGL2Device(canvas: HTMLCanvasElement | OffscreenCanvas): WebGL2Device {
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES) as WebGL2RenderingContext | null;
  if (!gl) {
    const why = typeof WebGL2RenderingContext === 'undefined' ? 'this browser has no WebGL2' : 'the canvas gave no WebGL2 context (WebGL2 may be disabled, or the canvas already has another context)';
    throw new Error(`WebGL2 is not available: ${why}`);
  }
  if (gl.isContextLost()) throw new Error('WebGL2 is not available: the context is lost');
  return new WebGL2Device(gl, canvas);
}
