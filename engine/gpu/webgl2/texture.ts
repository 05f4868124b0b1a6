// Sampled textures (uploaded from raw pixels or an ImageBitmap, mip chain by generateMipmap) and sampler objects.
import { checkWrite, type GpuSampler, type GpuTexture, type PixelData, type SamplerDescriptor, type TextureDescriptor, type TextureFormat } from '../types';
import { addressMode, GL, magFilter, minFilter, textureInternalFormat } from './conv';
import type { WebGL2Context } from './device';

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

/** The unit textures are bound to while they are filled; draws rebind what they need through the state cache. */
const UPLOAD_UNIT = 0;

export class WebGL2Texture implements GpuTexture {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly format: TextureFormat;
  readonly mipLevelCount: number;
  readonly handle: WebGLTexture;
  private readonly bytes: number;
  private destroyed = false;

  constructor(private readonly ctx: WebGL2Context, descriptor: TextureDescriptor) {
    const { label, format, source } = descriptor;
    const { width, height } = source;
    const max = ctx.limits.maxTextureSize;
    if (!(width >= 1 && height >= 1 && width <= max && height <= max)) {
      throw new Error(`Texture '${label}': size ${width}×${height} is outside 1..${max}`);
    }
    if (isPixelData(source) && source.data.byteLength < width * height * 4) {
      throw new Error(`Texture '${label}': ${source.data.byteLength} bytes of pixels, ${width * height * 4} needed`);
    }
    this.label = label;
    this.width = width;
    this.height = height;
    this.format = format;
    this.mipLevelCount = descriptor.mipmaps ? mipLevelCountFor(width, height) : 1;
    const { gl, state } = ctx;
    const handle = gl.createTexture();
    if (!handle) throw new Error(`Texture '${label}': WebGL2 gave no texture (is the context lost?)`);
    this.handle = handle;
    state.bindTextureForUpload(UPLOAD_UNIT, handle);
    // Immutable storage: every level is allocated now, so the texture is complete for any sampler.
    gl.texStorage2D(GL.TEXTURE_2D, this.mipLevelCount, textureInternalFormat(format), width, height);
    if (isPixelData(source)) {
      const pixels = new Uint8Array(source.data.buffer, source.data.byteOffset, width * height * 4);
      gl.texSubImage2D(GL.TEXTURE_2D, 0, 0, 0, width, height, GL.RGBA, GL.UNSIGNED_BYTE, pixels);
    } else {
      gl.texSubImage2D(GL.TEXTURE_2D, 0, 0, 0, width, height, GL.RGBA, GL.UNSIGNED_BYTE, source);
    }
    // For SRGB8_ALPHA8 the levels are averaged in linear space, as WebGPU's blit does.
    if (this.mipLevelCount > 1) gl.generateMipmap(GL.TEXTURE_2D);
    this.bytes = chainBytes(width, height, this.mipLevelCount);
    const stats = ctx.stats;
    stats.texturesCreated++;
    stats.liveTextures++;
    stats.liveBytes += this.bytes;
  }

  write(pixels: PixelData): void {
    checkWrite(this, pixels, this.destroyed);
    const { gl, state } = this.ctx;
    state.bindTextureForUpload(UPLOAD_UNIT, this.handle);
    const data = new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, this.width * this.height * 4);
    gl.texSubImage2D(GL.TEXTURE_2D, 0, 0, 0, this.width, this.height, GL.RGBA, GL.UNSIGNED_BYTE, data);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.state.forget(this.handle);
    this.ctx.gl.deleteTexture(this.handle);
    this.ctx.stats.liveTextures--;
    this.ctx.stats.liveBytes -= this.bytes;
  }
}

export class WebGL2Sampler implements GpuSampler {
  readonly label: string;
  readonly handle: WebGLSampler;
  private destroyed = false;

  constructor(private readonly ctx: WebGL2Context, descriptor: SamplerDescriptor) {
    this.label = descriptor.label;
    const handle = ctx.gl.createSampler();
    if (!handle) throw new Error(`Sampler '${descriptor.label}': WebGL2 gave no sampler (is the context lost?)`);
    this.handle = handle;
    // Unset fields take WebGPU's defaults (clamp-to-edge, nearest), the contract's vocabulary.
    const { magFilter: mag = 'nearest', minFilter: min = 'nearest', mipmapFilter = 'nearest' } = descriptor;
    const gl = ctx.gl;
    gl.samplerParameteri(handle, GL.TEXTURE_WRAP_S, addressMode(descriptor.addressModeU ?? 'clamp-to-edge'));
    gl.samplerParameteri(handle, GL.TEXTURE_WRAP_T, addressMode(descriptor.addressModeV ?? 'clamp-to-edge'));
    gl.samplerParameteri(handle, GL.TEXTURE_MAG_FILTER, magFilter(mag));
    gl.samplerParameteri(handle, GL.TEXTURE_MIN_FILTER, minFilter(min, mipmapFilter));
    // As on WebGPU, anisotropy only with all-linear filtering.
    const linear = mag === 'linear' && min === 'linear' && mipmapFilter === 'linear';
    const anisotropy = Math.min(ctx.limits.maxAnisotropy, Math.max(1, Math.floor(descriptor.maxAnisotropy ?? 1)));
    if (linear && anisotropy > 1) gl.samplerParameterf(handle, GL.TEXTURE_MAX_ANISOTROPY_EXT, anisotropy);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.state.forget(this.handle);
    this.ctx.gl.deleteSampler(this.handle);
  }
}
