// A Node stand-in for the device contract: it records what is created, destroyed and drawn, so renderer
// logic (uploads, caching, freeing, draw order) can be tested without a GPU.
import { checkWrite, emptyStats } from '../../../engine/gpu/types';
import type {
  BindGroupDescriptor, BufferDescriptor, Device, GpuBindGroup, GpuBuffer, GpuPipeline, GpuSampler, GpuTexture,
  RenderPassDescriptor, RenderPassEncoder, RenderPipelineDescriptor, RenderTarget, RenderTargetDescriptor,
  SamplerDescriptor, TextureDescriptor,
} from '../../../engine/gpu/types';

export interface FakeDraw {
  pipeline: string;
  material: string;
  object: string;
  count: number;
  indexed: boolean;
}

export function createFakeDevice(clipDepth: Device['clipDepth'] = 'zero-to-one') {
  const stats = emptyStats();
  const draws: FakeDraw[] = [];
  const bufferWrites: string[] = [];
  const textureWrites: string[] = [];
  const bindGroups: BindGroupDescriptor[] = [];
  const textures: TextureDescriptor[] = [];

  const device: Device = {
    backend: 'webgpu',
    clipDepth,
    limits: { maxTextureSize: 8192, maxSamples: 4, uniformOffsetAlignment: 256 },
    stats,
    canvas: {} as HTMLCanvasElement,
    adapterInfo: 'fake',
    createBuffer(d: BufferDescriptor): GpuBuffer {
      stats.buffersCreated++;
      stats.liveBuffers++;
      let alive = true;
      return {
        label: d.label,
        size: d.data ? d.data.byteLength : d.size ?? 0,
        usage: d.usage,
        write: () => void bufferWrites.push(d.label),
        destroy: () => {
          if (alive) stats.liveBuffers--;
          alive = false;
        },
      };
    },
    createTexture(d: TextureDescriptor): GpuTexture {
      textures.push(d);
      stats.texturesCreated++;
      stats.liveTextures++;
      let alive = true;
      const texture: GpuTexture = {
        label: d.label,
        width: d.source.width,
        height: d.source.height,
        format: d.format,
        mipLevelCount: 1,
        write: (pixels) => {
          checkWrite(texture, pixels, !alive);
          textureWrites.push(d.label);
        },
        destroy: () => {
          if (alive) stats.liveTextures--;
          alive = false;
        },
      };
      return texture;
    },
    createSampler: (d: SamplerDescriptor): GpuSampler => ({ label: d.label, destroy() {} }),
    createPipeline(d: RenderPipelineDescriptor): GpuPipeline {
      stats.pipelinesCreated++;
      return { label: d.label, descriptor: d, destroy() {} };
    },
    createBindGroup(d: BindGroupDescriptor): GpuBindGroup {
      stats.bindGroupsCreated++;
      bindGroups.push(d);
      return { label: d.label, destroy() {} };
    },
    createRenderTarget(d: RenderTargetDescriptor): RenderTarget {
      return { label: d.label, width: d.width, height: d.height, sampleCount: d.sampleCount, resize() {}, readPixels: async () => new Uint8Array(d.width * d.height * 4), destroy() {} };
    },
    beginRenderPass(_d: RenderPassDescriptor): RenderPassEncoder {
      const state = { pipeline: '', material: '', object: '', indexed: false };
      return {
        setPipeline: (p) => void (state.pipeline = p.label),
        setBindGroup: (i, g) => {
          if (i === 1) state.material = g.label;
          if (i === 2) state.object = g.label;
        },
        setVertexBuffer() {},
        setIndexBuffer() {},
        draw: (count) => {
          stats.drawCalls++;
          draws.push({ ...state, count, indexed: false });
        },
        drawIndexed: (count) => {
          stats.drawCalls++;
          draws.push({ ...state, count, indexed: true });
        },
        end() {},
      };
    },
    finish: async () => {},
    timeNextPass: () => null,
    isLost: false,
    reportPendingErrors() {},
    simulateLossForTesting() {},
    on: () => () => {},
    destroy() {},
  };
  return { device, stats, draws, bufferWrites, textureWrites, bindGroups, textures };
}
