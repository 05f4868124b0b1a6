// Group 1: the metallic-roughness material, shared by every program that draws a scene's surfaces.
// Members mirror MATERIAL_LAYOUT in engine/render/material-uniforms.ts.
struct Material {
  baseColorFactor: vec4f,
  emissive: vec4f,
  surface: vec4f,
  alpha: vec4f,
  texCoords0: vec4f,
  texCoords1: vec4f,
  uvTransforms: array<vec4f, 10>,
};

@group(1) @binding(0) var<uniform> material: Material;
@group(1) @binding(1) var baseColorTexture: texture_2d<f32>;
@group(1) @binding(2) var baseColorSampler: sampler;
@group(1) @binding(3) var metallicRoughnessTexture: texture_2d<f32>;
@group(1) @binding(4) var metallicRoughnessSampler: sampler;
@group(1) @binding(5) var normalTexture: texture_2d<f32>;
@group(1) @binding(6) var normalSampler: sampler;
@group(1) @binding(7) var occlusionTexture: texture_2d<f32>;
@group(1) @binding(8) var occlusionSampler: sampler;
@group(1) @binding(9) var emissiveTexture: texture_2d<f32>;
@group(1) @binding(10) var emissiveSampler: sampler;

// A texture slot's uv: its uv set through its KHR_texture_transform matrix (two rows of the 3×3).
fn slotUv(slot: i32, uvSet: f32, uv0: vec2f, uv1: vec2f) -> vec2f {
  let uv = vec3f(select(uv0, uv1, uvSet > 0.5), 1.0);
  return vec2f(dot(material.uvTransforms[slot * 2].xyz, uv), dot(material.uvTransforms[slot * 2 + 1].xyz, uv));
}

// Each slot's texel at the fragment's uvs, or the slot's neutral value where the material has no texture there.
// Pipelines are built per material (engine/render/shader-features.ts), so an empty slot is never sampled: on
// software rasterisers a sample skipped by a branch on a uniform still costs what a sample costs.
fn baseColorSample(uv0: vec2f, uv1: vec2f) -> vec4f {
#if BASE_COLOR_TEXTURE
  return textureSample(baseColorTexture, baseColorSampler, slotUv(0, material.texCoords0.x, uv0, uv1));
#else
  return vec4f(1.0);
#endif
}

fn metallicRoughnessSample(uv0: vec2f, uv1: vec2f) -> vec4f {
#if METALLIC_ROUGHNESS_TEXTURE
  return textureSample(metallicRoughnessTexture, metallicRoughnessSampler, slotUv(1, material.texCoords0.y, uv0, uv1));
#else
  return vec4f(1.0);
#endif
}

fn normalSample(uv0: vec2f, uv1: vec2f) -> vec4f {
#if NORMAL_TEXTURE
  return textureSample(normalTexture, normalSampler, slotUv(2, material.texCoords0.z, uv0, uv1));
#else
  return vec4f(0.5, 0.5, 1.0, 1.0);
#endif
}

fn occlusionSample(uv0: vec2f, uv1: vec2f) -> vec4f {
#if OCCLUSION_TEXTURE
  return textureSample(occlusionTexture, occlusionSampler, slotUv(3, material.texCoords0.w, uv0, uv1));
#else
  return vec4f(1.0);
#endif
}

fn emissiveSample(uv0: vec2f, uv1: vec2f) -> vec4f {
#if EMISSIVE_TEXTURE
  return textureSample(emissiveTexture, emissiveSampler, slotUv(4, material.texCoords1.x, uv0, uv1));
#else
  return vec4f(1.0);
#endif
}

// MASK mode: a fragment whose base colour alpha is below the cutoff is cut away.
fn isCutAway(alpha: f32) -> bool {
  let mode = material.alpha.x;
  return mode > 0.5 && mode < 1.5 && alpha < material.alpha.y;
}

// Base colour alpha (factor × texture × vertex colour): what MASK mode compares with the cutoff.
fn baseColorAlpha(uv0: vec2f, uv1: vec2f, color: vec4f) -> f32 {
  return material.baseColorFactor.a * baseColorSample(uv0, uv1).a * color.a;
}

// Base colour (factor × texture × vertex colour), linear: what the styles that ignore lighting start from.
fn baseColorOf(uv0: vec2f, uv1: vec2f, color: vec4f) -> vec4f {
  return material.baseColorFactor * baseColorSample(uv0, uv1) * color;
}

// BLEND mode keeps the base colour's alpha; OPAQUE and MASK surfaces are opaque.
fn surfaceAlpha(baseAlpha: f32) -> f32 {
  return select(1.0, clamp(baseAlpha, 0.0, 1.0), material.alpha.x > 1.5);
}
