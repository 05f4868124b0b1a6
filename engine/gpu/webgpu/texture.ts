// Sampled textures (uploaded from raw pixels or an ImageBitmap, mip chain generated on the GPU) and samplers.
import { checkWrite, type GpuSampler, type GpuTexture, type PixelData, type SamplerDescriptor, type TextureDescriptor, type TextureFormat } from '../types';
import type { WebGPUContext } from './device';

export function mipLevelCountFor(width: number, height: number): number {
  return Math.floor(Math.log2(Math.max(width, height, 1))) + 1;
}

function chainBytes(width: number, height: number, levels: number): number {
  let bytes = 0;
  for (let level = 0; level < levels; level++) bytes += Math.max(1, width >> level) * Math.max(1, height >> level) * 4;
  return bytes;
}

function isPixelData(source: PixelData | ImageBitmap): source is PixelData {
  return (source as PixelData).data !== undefined;
}

export class WebGPUTexture implements GpuTexture {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly format: TextureFormat;
  readonly mipLevelCount: number;
  readonly handle: GPUTexture;
  /** The view bind groups sample: every mip level. */
  readonly view: GPUTextureView;
  private readonly bytes: number;
  private destroyed = false;

  constructor(private readonly ctx: WebGPUContext, descriptor: TextureDescriptor) {
    const { label, format, source } = descriptor;
    const { width, height } = source;
    const max = ctx.device.limits.maxTextureDimension2D;
    if (!(width >= 1 && height >= 1 && width <= max && height <= max)) {
      throw new Error(`Texture '${label}': size ${width}×${height} is outside 1..${max}`);
    }
    this.label = label;
    this.width = width;
    this.height = height;
    this.format = format;
    this.mipLevelCount = descriptor.mipmaps ? mipLevelCountFor(width, height) : 1;
    this.handle = ctx.device.createTexture({
      label,
      size: { width, height },
      format,
      mipLevelCount: this.mipLevelCount,
      // copyExternalImageToTexture and the mip blit both render into the texture.
      usage: GPUTextureUsage.TEXTURE_BINDING | GPUTextureUsage.COPY_DST | GPUTextureUsage.RENDER_ATTACHMENT,
    });
    if (isPixelData(source)) {
      const expected = width * height * 4;
      if (source.data.byteLength < expected) {
        this.handle.destroy();
        throw new Error(`Texture '${label}': ${source.data.byteLength} bytes of pixels, ${expected} needed`);
      }
      ctx.device.queue.writeTexture({ texture: this.handle }, source.data as Uint8Array<ArrayBuffer>, { bytesPerRow: width * 4, rowsPerImage: height }, { width, height });
    } else {
      ctx.device.queue.copyExternalImageToTexture(
        { source, flipY: false },
        { texture: this.handle, premultipliedAlpha: false },
        { width, height },
      );
    }
    if (this.mipLevelCount > 1) ctx.mipmaps.generate(this.handle, format, this.mipLevelCount);
    this.view = this.handle.createView({ label: `${label}/view` });
    this.bytes = chainBytes(width, height, this.mipLevelCount);
    const stats = ctx.stats;
    stats.texturesCreated++;
    stats.liveTextures++;
    stats.liveBytes += this.bytes;
  }

  write(pixels: PixelData): void {
    checkWrite(this, pixels, this.destroyed);
    this.ctx.device.queue.writeTexture({ texture: this.handle }, pixels.data as Uint8Array<ArrayBuffer>, { bytesPerRow: this.width * 4, rowsPerImage: this.height }, { width: this.width, height: this.height });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.handle.destroy();
    this.ctx.stats.liveTextures--;
    this.ctx.stats.liveBytes -= this.bytes;
  }
}

export class WebGPUSampler implements GpuSampler {
  readonly label: string;
  readonly handle: GPUSampler;

  constructor(ctx: WebGPUContext, descriptor: SamplerDescriptor) {
    this.label = descriptor.label;
    // Unset fields take WebGPU's defaults (clamp-to-edge, nearest), the contract's vocabulary.
    const { magFilter = 'nearest', minFilter = 'nearest', mipmapFilter = 'nearest' } = descriptor;
    // WebGPU only accepts anisotropy with all-linear filtering.
    const linear = magFilter === 'linear' && minFilter === 'linear' && mipmapFilter === 'linear';
    const maxAnisotropy = linear ? Math.min(16, Math.max(1, Math.floor(descriptor.maxAnisotropy ?? 1))) : 1;
    this.handle = ctx.device.createSampler({
      label: descriptor.label,
      addressModeU: descriptor.addressModeU ?? 'clamp-to-edge',
      addressModeV: descriptor.addressModeV ?? 'clamp-to-edge',
      magFilter,
      minFilter,
      mipmapFilter,
      maxAnisotropy,
    });
  }

  /** GPUSamplers are garbage-collected; nothing to free. */
  destroy(): void {}
}

const BLIT_WGSL = /* wgsl */ `
@group(0) @binding(0) var source: texture_2d<f32>;
@group(0) @binding(1) var linearSampler: sampler;
struct Varyings { @builtin(position) position: vec4f, @location(0) uv: vec2f };
// One triangle that covers the viewport; uv (0,0) is the top-left, as texture rows run top to bottom.
@vertex fn vs_main(@builtin(vertex_index) index: u32) -> Varyings {
  let corner = vec2f(f32((index << 1u) & 2u), f32(index & 2u));
  var out: Varyings;
  out.position = vec4f(corner * 2.0 - 1.0, 0.0, 1.0);
  out.uv = vec2f(corner.x, 1.0 - corner.y);
  return out;
}
@fragment fn fs_main(in: Varyings) -> @location(0) vec4f {
  return textureSampleLevel(source, linearSampler, in.uv, 0.0);
}`;

/** Fills a texture's mip chain by rendering each level from the one above with linear filtering. */
export class MipmapGenerator {
  private readonly pipelines = new Map<TextureFormat, GPURenderPipeline>();
  private layout: GPUBindGroupLayout | null = null;
  private sampler: GPUSampler | null = null;
  private module: GPUShaderModule | null = null;

  constructor(private readonly device: GPUDevice) {}

  generate(texture: GPUTexture, format: TextureFormat, levels: number): void {
    const pipeline = this.pipelineFor(format);
    const encoder = this.device.createCommandEncoder({ label: `${texture.label}/mipmaps` });
    for (let level = 1; level < levels; level++) {
      // Views keep the texture's format, so '-srgb' levels are averaged in linear space.
      const source = texture.createView({ baseMipLevel: level - 1, mipLevelCount: 1 });
      const destination = texture.createView({ baseMipLevel: level, mipLevelCount: 1 });
      const bindGroup = this.device.createBindGroup({
        layout: this.layout!,
        entries: [
          { binding: 0, resource: source },
          { binding: 1, resource: this.sampler! },
        ],
      });
      const pass = encoder.beginRenderPass({
        colorAttachments: [{ view: destination, loadOp: 'clear', storeOp: 'store', clearValue: [0, 0, 0, 0] }],
      });
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, bindGroup);
      pass.draw(3);
      pass.end();
    }
    this.device.queue.submit([encoder.finish()]);
  }

  private pipelineFor(format: TextureFormat): GPURenderPipeline {
    const cached = this.pipelines.get(format);
    if (cached) return cached;
    const device = this.device;
    this.module ??= device.createShaderModule({ label: 'mipmap-blit', code: BLIT_WGSL });
    this.sampler ??= device.createSampler({ label: 'mipmap-blit', minFilter: 'linear', magFilter: 'linear' });
    this.layout ??= device.createBindGroupLayout({
      label: 'mipmap-blit',
      entries: [
        { binding: 0, visibility: GPUShaderStage.FRAGMENT, texture: { sampleType: 'float' } },
        { binding: 1, visibility: GPUShaderStage.FRAGMENT, sampler: { type: 'filtering' } },
      ],
    });
    const pipeline = device.createRenderPipeline({
      label: `mipmap-blit/${format}`,
      layout: device.createPipelineLayout({ bindGroupLayouts: [this.layout] }),
      vertex: { module: this.module, entryPoint: 'vs_main' },
      fragment: { module: this.module, entryPoint: 'fs_main', targets: [{ format }] },
      primitive: { topology: 'triangle-list' },
    });
    this.pipelines.set(format, pipeline);
    return pipeline;
  }
}
