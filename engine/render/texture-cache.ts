// Scene textures on the GPU, kept beside the scene in a WeakMap keyed by the Texture object (one upload per
// colour space it is sampled in), with samplers shared by equal settings.
import type { Device, GpuResource, GpuSampler, GpuTexture, SamplerDescriptor, TextureFormat } from '../gpu/types';
import type { Sampler, Texture } from '../scene/types';

export interface BoundTexture {
  texture: GpuTexture;
  sampler: GpuSampler;
}

type PerFormat = Partial<Record<TextureFormat, GpuTexture | null>>;

/** The anisotropic filtering of trilinear textures: sharp at grazing angles, at a few extra texel reads. */
export const TEXTURE_ANISOTROPY = 4;

export function samplerDescriptor(s: Sampler): SamplerDescriptor {
  const mipmapped = s.mipmapFilter !== 'none';
  // Anisotropy needs every filter linear (a WebGPU rule); it keeps textures sharp at grazing angles.
  const anisotropic = mipmapped && s.magFilter === 'linear' && s.minFilter === 'linear' && s.mipmapFilter === 'linear';
  return {
    label: `sampler/${s.magFilter}-${s.minFilter}-${s.mipmapFilter}-${s.wrapU}-${s.wrapV}`,
    magFilter: s.magFilter,
    minFilter: s.minFilter,
    mipmapFilter: mipmapped ? (s.mipmapFilter as SamplerDescriptor['mipmapFilter']) : 'nearest',
    addressModeU: s.wrapU,
    addressModeV: s.wrapV,
    maxAnisotropy: anisotropic ? TEXTURE_ANISOTROPY : 1,
  };
}

export class TextureCache {
  private textures = new WeakMap<Texture, PerFormat>();
  private readonly samplers = new Map<string, GpuSampler>();

  constructor(
    private readonly device: Device,
    private readonly own: (resource: GpuResource) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /** The texture as uploaded for `format`, or null (with a warning) when it cannot be used. */
  get(texture: Texture, format: TextureFormat): BoundTexture | null {
    let perFormat = this.textures.get(texture);
    if (!perFormat) {
      perFormat = {};
      this.textures.set(texture, perFormat);
    }
    let gpu = perFormat[format];
    if (gpu === undefined) {
      gpu = this.upload(texture, format);
      perFormat[format] = gpu;
    }
    return gpu ? { texture: gpu, sampler: this.sampler(texture.sampler) } : null;
  }

  private sampler(s: Sampler): GpuSampler {
    const descriptor = samplerDescriptor(s);
    let sampler = this.samplers.get(descriptor.label);
    if (!sampler) {
      sampler = this.device.createSampler(descriptor);
      this.samplers.set(descriptor.label, sampler);
      this.own(sampler);
    }
    return sampler;
  }

  private upload(texture: Texture, format: TextureFormat): GpuTexture | null {
    const image = texture.image;
    const name = texture.name || 'texture';
    if (image.kind === 'encoded') {
      this.warn(`Texture '${name}' is still encoded (${image.mimeType}); images must be decoded before rendering, so it is left out`);
      return null;
    }
    const { width, height } = image;
    const max = this.device.limits.maxTextureSize;
    if (!(width >= 1 && height >= 1 && width <= max && height <= max)) {
      this.warn(`Texture '${name}' is ${width}×${height}, outside 1..${max}; it is left out`);
      return null;
    }
    if (image.kind === 'raw' && image.data.byteLength < width * height * 4) {
      this.warn(`Texture '${name}' has ${image.data.byteLength} bytes for ${width}×${height} RGBA pixels; it is left out`);
      return null;
    }
    const source = image.kind === 'raw' ? { width, height, data: image.data } : image.bitmap;
    try {
      const gpu = this.device.createTexture({ label: `texture/${name}`, format, source, mipmaps: texture.sampler.mipmapFilter !== 'none' });
      this.own(gpu);
      return gpu;
    } catch (error) {
      this.warn(`Texture '${name}' could not be uploaded: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
