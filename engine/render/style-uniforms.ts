// Group 0, binding 1: the chosen style's parameters. Written when the style or a parameter changes, never per
// frame; mirrors the Style struct in shaders/include/style.{wgsl,glsl}.
import type { Device, GpuBuffer } from '../gpu/types';
import { uniformLayout } from './uniform-layout';

export const STYLE_LAYOUT = uniformLayout('Style', [
  /** Each style packs its own parameters here (engine/styles/<style>.ts). */
  { name: 'params', type: 'vec4', count: 4 },
]);

export class StyleUniforms {
  readonly buffer: GpuBuffer;

  constructor(device: Device) {
    this.buffer = device.createBuffer({ label: 'style/uniforms', usage: 'uniform', size: STYLE_LAYOUT.bytes });
  }

  /** `data` holds STYLE_LAYOUT.floats floats, packed by the style. */
  write(data: Float32Array): void {
    if (data.length !== STYLE_LAYOUT.floats) throw new Error(`Style parameters take exactly ${STYLE_LAYOUT.floats} floats`);
    this.buffer.write(data);
  }

  destroy(): void {
    this.buffer.destroy();
  }
}
