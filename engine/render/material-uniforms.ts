// Group 1's uniform block for the metallic-roughness material; member order mirrors the Material struct in
// shaders/pbr/pbr.wgsl and pbr.frag.glsl.
import type { AlphaMode, Material, TextureRef, TextureTransform } from '../scene/types';
import { uniformLayout } from './uniform-layout';

/** Texture slots in binding and uniform order. */
export const TEXTURE_SLOTS = ['baseColor', 'metallicRoughness', 'normal', 'occlusion', 'emissive'] as const;
export type TextureSlot = (typeof TEXTURE_SLOTS)[number];

export const MATERIAL_LAYOUT = uniformLayout('Material', [
  { name: 'baseColorFactor', type: 'vec4' },
  /** rgb: emissiveFactor × emissiveStrength. */
  { name: 'emissive', type: 'vec4' },
  /** metallic, roughness, normalScale, occlusionStrength. */
  { name: 'surface', type: 'vec4' },
  /** alpha mode (0 opaque, 1 mask, 2 blend), alpha cutoff, unlit (0|1), w unused (a normal map is a shader feature). */
  { name: 'alpha', type: 'vec4' },
  /** uv set (0|1) of the base colour, metallic-roughness, normal and occlusion textures; -1: no texture there. */
  { name: 'texCoords0', type: 'vec4' },
  /** x: uv set of the emissive texture (-1: none). */
  { name: 'texCoords1', type: 'vec4' },
  /** KHR_texture_transform per slot: the 3×3 uv matrix's first two rows (the third is 0 0 1). */
  { name: 'uvTransforms', type: 'vec4', count: TEXTURE_SLOTS.length * 2 },
]);

/** The shader feature that compiles a slot's sample in (shaders test it with `#if`, see shader-features.ts). */
export const TEXTURE_SLOT_FEATURES: Readonly<Record<TextureSlot, string>> = {
  baseColor: 'BASE_COLOR_TEXTURE',
  metallicRoughness: 'METALLIC_ROUGHNESS_TEXTURE',
  normal: 'NORMAL_TEXTURE',
  occlusion: 'OCCLUSION_TEXTURE',
  emissive: 'EMISSIVE_TEXTURE',
};

/** The features of a material whose textures sit in these slots: one per slot, so absent slots are never sampled. */
export function materialFeatures(slots: Iterable<TextureSlot>): ReadonlySet<string> {
  return new Set([...slots].map((slot) => TEXTURE_SLOT_FEATURES[slot]));
}

const ALPHA_MODE_CODE: Record<AlphaMode, number> = { OPAQUE: 0, MASK: 1, BLEND: 2 };

export function textureRefOf(material: Material, slot: TextureSlot): TextureRef | null {
  switch (slot) {
    case 'baseColor':
      return material.baseColorTexture;
    case 'metallicRoughness':
      return material.metallicRoughnessTexture;
    case 'normal':
      return material.normalTexture;
    case 'occlusion':
      return material.occlusionTexture;
    case 'emissive':
      return material.emissiveTexture;
  }
}

/**
 * KHR_texture_transform's matrix T·R·S as two rows: uv' = (row0·(u,v,1), row1·(u,v,1)).
 * R is [cos sin; -sin cos], as the extension specifies.
 */
export function uvTransformRows(transform: TextureTransform | null, out: Float32Array, offset: number): void {
  const t = transform ?? { offset: [0, 0], rotation: 0, scale: [1, 1] };
  const c = Math.cos(t.rotation), s = Math.sin(t.rotation);
  const [sx, sy] = t.scale;
  out.set([c * sx, s * sy, t.offset[0], 0, -s * sx, c * sy, t.offset[1], 0], offset);
}

/** The material's uniform values; `hasTexture` says which slots got a real texture (others sample a default). */
export function packMaterial(material: Material, hasTexture: (slot: TextureSlot) => boolean): Float32Array {
  const data = new Float32Array(MATERIAL_LAYOUT.floats);
  const o = MATERIAL_LAYOUT.offsets;
  const m = material;
  const strength = m.emissiveStrength;
  data.set(m.baseColorFactor, o.baseColorFactor);
  data.set([m.emissiveFactor[0] * strength, m.emissiveFactor[1] * strength, m.emissiveFactor[2] * strength, 0], o.emissive);
  data.set([m.metallicFactor, m.roughnessFactor, m.normalScale, m.occlusionStrength], o.surface);
  data.set([ALPHA_MODE_CODE[m.alphaMode], m.alphaCutoff, m.unlit ? 1 : 0, 0], o.alpha);
  TEXTURE_SLOTS.forEach((slot, i) => {
    const ref = hasTexture(slot) ? textureRefOf(m, slot) : null;
    // -1: no texture there (the pipeline's variant then has no sample for the slot; see materialFeatures)
    data[(i < 4 ? o.texCoords0 : o.texCoords1) + (i % 4)] = ref ? ref.texCoord : -1;
    uvTransformRows(ref?.transform ?? null, data, o.uvTransforms + i * 8);
  });
  return data;
}
