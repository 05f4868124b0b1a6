// The WebGPU implementation of the device contract, and its creation from a canvas.
import { emptyStats } from '../types';
import type {
  BindGroupDescriptor, BufferDescriptor, Device, DeviceEvent, DeviceLimits, DeviceStats, GpuBindGroup, GpuBuffer,
  GpuPipeline, GpuSampler, GpuTexture, RenderPassDescriptor, RenderPassEncoder, RenderPipelineDescriptor, RenderTarget,
  RenderTargetDescriptor, SamplerDescriptor, TextureDescriptor,
} from '../types';
import { COLOR_FORMAT } from '../types';
import { WebGPUBuffer } from './buffer';
import { WebGPURenderPass } from './pass';
import { PassTimer } from './timer';
import { LayoutCache, WebGPUBindGroup, WebGPUPipeline } from './pipeline';
import { WebGPURenderTarget } from './target';
import { MipmapGenerator, WebGPUSampler, WebGPUTexture } from './texture';

/** What the backend's resources share: the device, the counters and the caches. */
export interface WebGPUContext {
  readonly device: GPUDevice;
  readonly stats: DeviceStats;
  readonly layouts: LayoutCache;
  readonly mipmaps: MipmapGenerator;
  readonly timer: PassTimer;
  readonly canvas: HTMLCanvasElement | OffscreenCanvas;
  readonly canvasContext: GPUCanvasContext | null;
}

function describeAdapter(adapter: GPUAdapter): string {
  const info = adapter.info;
  if (!info) return 'WebGPU';
  const parts = [info.vendor, info.architecture, info.device].filter((p) => p);
  const description = info.description ? ` (${info.description})` : '';
  return `WebGPU: ${parts.join(' ') || 'unknown adapter'}${description}`;
}

function errorKind(error: GPUError): 'validation' | 'out-of-memory' | 'internal' {
  if (typeof GPUOutOfMemoryError !== 'undefined' && error instanceof GPUOutOfMemoryError) return 'out-of-memory';
  if (typeof GPUInternalError !== 'undefined' && error instanceof GPUInternalError) return 'internal';
  return 'validation';
}

export class WebGPUDevice implements Device {
  readonly backend = 'webgpu' as const;
  readonly clipDepth = 'zero-to-one' as const;
  readonly limits: DeviceLimits;
  readonly stats: DeviceStats = emptyStats();
  readonly handle: GPUDevice;
  private readonly ctx: WebGPUContext;
  private readonly listeners = new Set<(event: DeviceEvent) => void>();
  private destroyed = false;
  private lost = false;

  constructor(device: GPUDevice, readonly canvas: HTMLCanvasElement | OffscreenCanvas, canvasContext: GPUCanvasContext, readonly adapterInfo: string) {
    this.handle = device;
    this.limits = { maxTextureSize: device.limits.maxTextureDimension2D, maxSamples: 4, uniformOffsetAlignment: device.limits.minUniformBufferOffsetAlignment };
    this.ctx = {
      device,
      stats: this.stats,
      layouts: new LayoutCache(device),
      mipmaps: new MipmapGenerator(device),
      timer: new PassTimer(device),
      canvas,
      canvasContext,
    };
    device.addEventListener('uncapturederror', (event) => {
      const error = (event as GPUUncapturedErrorEvent).error;
      this.emit({ type: 'error', kind: errorKind(error), message: error.message });
    });
    void device.lost.then((info) => {
      this.lost = true;
      // A loss we caused with destroy() is not news to anyone.
      if (!this.destroyed) this.emit({ type: 'lost', reason: info.message || info.reason || 'unknown' });
    });
  }

  createBuffer(descriptor: BufferDescriptor): GpuBuffer {
    return new WebGPUBuffer(this.ctx, descriptor);
  }

  createTexture(descriptor: TextureDescriptor): GpuTexture {
    return new WebGPUTexture(this.ctx, descriptor);
  }

  createSampler(descriptor: SamplerDescriptor): GpuSampler {
    return new WebGPUSampler(this.ctx, descriptor);
  }

  createPipeline(descriptor: RenderPipelineDescriptor): GpuPipeline {
    return new WebGPUPipeline(this.ctx, descriptor);
  }

  createBindGroup(descriptor: BindGroupDescriptor): GpuBindGroup {
    return new WebGPUBindGroup(this.ctx, descriptor);
  }

  createRenderTarget(descriptor: RenderTargetDescriptor): RenderTarget {
    return new WebGPURenderTarget(this.ctx, descriptor);
  }

  beginRenderPass(descriptor: RenderPassDescriptor): RenderPassEncoder {
    return new WebGPURenderPass(this.ctx, descriptor);
  }

  timeNextPass(): Promise<number | null> | null {
    return this.ctx.timer.timeNextPass();
  }

  finish(): Promise<void> {
    return this.handle.queue.onSubmittedWorkDone();
  }

  on(listener: (event: DeviceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isLost(): boolean {
    return this.lost;
  }

  /** WebGPU reports every error as it happens (uncapturederror); nothing waits to be asked for. */
  reportPendingErrors(): void {}

  /** GPUDevice.destroy() loses the device with reason 'destroyed'; not through this.destroy(), so the loss is reported. */
  simulateLossForTesting(): void {
    this.lost = true;
    this.handle.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.canvasContext?.unconfigure();
    this.ctx.timer.destroy();
    this.handle.destroy();
    this.listeners.clear();
  }

  private emit(event: DeviceEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** Rejects with a reason when WebGPU, an adapter, a device or a canvas context cannot be had. */
export async function createWebGPUDevice(canvas: HTMLCanvasElement | OffscreenCanvas): Promise<WebGPUDevice> {
  const gpu = typeof navigator !== 'undefined' ? navigator.gpu : undefined;
  if (!gpu) throw new Error('WebGPU is not available in this browser (navigator.gpu is missing)');
  const adapter = await gpu.requestAdapter();
  if (!adapter) throw new Error('WebGPU is available but no adapter was found');
  const device = await adapter.requestDevice({
    label: 'modelshot',
    // Timestamps only when offered: they time passes for the benchmark and change nothing else.
    requiredFeatures: adapter.features.has('timestamp-query') ? ['timestamp-query'] : [],
    // Large exports need the adapter's own limits, not WebGPU's portable defaults.
    requiredLimits: {
      maxTextureDimension2D: adapter.limits.maxTextureDimension2D,
      maxBufferSize: adapter.limits.maxBufferSize,
    },
  });
  // The canvas context comes last: once a canvas has a 'webgpu' context it can never get a WebGL2 one.
  const context = canvas.getContext('webgpu') as GPUCanvasContext | null;
  if (!context) {
    device.destroy();
    throw new Error('The canvas gave no WebGPU context');
  }
  context.configure({ device, format: COLOR_FORMAT, alphaMode: 'premultiplied' });
  return new WebGPUDevice(device, canvas, context, describeAdapter(adapter));
}
