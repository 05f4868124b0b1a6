// The PBR program as the device sees it: sources in both languages and bind group layouts (its vertex buffers:
// vertex-attributes.ts).
import type { BindGroupLayout, ShaderSource } from '../gpu/types';
import pbrFragmentGlsl from '../../shaders/pbr/pbr.frag.glsl?raw';
import pbrVertexGlsl from '../../shaders/pbr/pbr.vert.glsl?raw';
import pbrWgsl from '../../shaders/pbr/pbr.wgsl?raw';
import { TEXTURE_SLOTS } from './material-uniforms';
import { resolveIncludes } from './shader-library';

export const PBR_SHADER: ShaderSource = {
  label: 'pbr',
  wgsl: resolveIncludes(pbrWgsl, 'wgsl'),
  glslVertex: resolveIncludes(pbrVertexGlsl, 'glsl'),
  glslFragment: resolveIncludes(pbrFragmentGlsl, 'glsl'),
};

/**
 * Binding 0: the Frame block (camera, studio); 1: the Style block (the chosen style's parameters); 2 and 3: the
 * studio's pre-filtered reflection map and its sampler.
 */
export const FRAME_GROUP: BindGroupLayout = {
  group: 0,
  bindings: [
    { binding: 0, kind: 'uniform', name: 'Frame' },
    { binding: 1, kind: 'uniform', name: 'Style' },
    { binding: 2, kind: 'texture', name: 'environmentMap', sampler: 3 },
    { binding: 3, kind: 'sampler', name: 'environmentSampler' },
  ],
};

/** Binding 0: the Material block; then per texture slot a texture (odd binding) and its sampler (the next). */
export const MATERIAL_GROUP: BindGroupLayout = {
  group: 1,
  bindings: [
    { binding: 0, kind: 'uniform', name: 'Material' },
    ...TEXTURE_SLOTS.flatMap((slot, i) => [
      { binding: 1 + i * 2, kind: 'texture' as const, name: `${slot}Texture`, sampler: 2 + i * 2 },
      { binding: 2 + i * 2, kind: 'sampler' as const, name: `${slot}Sampler` },
    ]),
  ],
};

export const OBJECT_GROUP: BindGroupLayout = { group: 2, bindings: [{ binding: 0, kind: 'uniform', name: 'Object' }] };
