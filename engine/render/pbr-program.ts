// The PBR program as the device sees it: sources in both languages, bind group layouts and vertex buffers.
import type { BindGroupLayout, ShaderSource, VertexBufferLayout, VertexFormat } from '../gpu/types';
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

/** Vertex attributes, one float32 buffer each, in slot = location order. */
export const VERTEX_ATTRIBUTES = ['position', 'normal', 'uv0', 'uv1', 'tangent', 'color'] as const;
export type VertexAttributeName = (typeof VERTEX_ATTRIBUTES)[number];

export const ATTRIBUTE_COMPONENTS: Record<VertexAttributeName, number> = { position: 3, normal: 3, uv0: 2, uv1: 2, tangent: 4, color: 4 };

const FORMATS: Record<number, VertexFormat> = { 1: 'float32', 2: 'float32x2', 3: 'float32x3', 4: 'float32x4' };

export const PBR_VERTEX_BUFFERS: VertexBufferLayout[] = VERTEX_ATTRIBUTES.map((name, location) => ({
  arrayStride: ATTRIBUTE_COMPONENTS[name] * 4,
  attributes: [{ location, format: FORMATS[ATTRIBUTE_COMPONENTS[name]], offset: 0 }],
}));
