// What every scene shares for the engine's life: stand-ins for absent textures and a default sampler.
import type { Device, GpuSampler, GpuTexture } from '../gpu/types';

function onePixel(device: Device, label: string, rgba: [number, number, number, number]): GpuTexture {
  return device.createTexture({ label, format: 'rgba8unorm', source: { width: 1, height: 1, data: new Uint8Array(rgba) } });
}

export class DefaultResources {
  /** White: a neutral factor for base colour, metallic-roughness, occlusion and emissive. */
  readonly white: GpuTexture;
  /** Tangent-space +z; the shader ignores the normal slot anyway unless a real map is bound. */
  readonly flatNormal: GpuTexture;
  readonly sampler: GpuSampler;

  constructor(device: Device) {
    this.white = onePixel(device, 'default/white', [255, 255, 255, 255]);
    this.flatNormal = onePixel(device, 'default/flat-normal', [128, 128, 255, 255]);
    this.sampler = device.createSampler({ label: 'default/sampler', magFilter: 'linear', minFilter: 'linear', addressModeU: 'repeat', addressModeV: 'repeat' });
  }

  destroy(): void {
    this.white.destroy();
    this.flatNormal.destroy();
    this.sampler.destroy();
  }
}
