// Group 1: the metallic-roughness material, shared by every program that draws a scene's surfaces.
// Members mirror MATERIAL_LAYOUT in engine/render/material-uniforms.ts.
layout(std140) uniform Material {
  vec4 baseColorFactor;
  vec4 emissive;
  vec4 surface;
  vec4 alpha;
  vec4 texCoords0;
  vec4 texCoords1;
  vec4 uvTransforms[10];
} material;

uniform sampler2D baseColorTexture;
uniform sampler2D metallicRoughnessTexture;
uniform sampler2D normalTexture;
uniform sampler2D occlusionTexture;
uniform sampler2D emissiveTexture;

// A texture slot's uv: its uv set through its KHR_texture_transform matrix (two rows of the 3×3).
vec2 slotUv(int slot, float uvSet, vec2 uv0, vec2 uv1) {
  vec3 uv = vec3(uvSet > 0.5 ? uv1 : uv0, 1.0);
  return vec2(dot(material.uvTransforms[slot * 2].xyz, uv), dot(material.uvTransforms[slot * 2 + 1].xyz, uv));
}

// Each slot's texel at the fragment's uvs, or the slot's neutral value where the material has no texture there.
// Pipelines are built per material (engine/render/shader-features.ts), so an empty slot is never sampled: on
// software rasterisers a sample skipped by a branch on a uniform still costs what a sample costs.
vec4 baseColorSample(vec2 uv0, vec2 uv1) {
#if BASE_COLOR_TEXTURE
  return texture(baseColorTexture, slotUv(0, material.texCoords0.x, uv0, uv1));
#else
  return vec4(1.0);
#endif
}

vec4 metallicRoughnessSample(vec2 uv0, vec2 uv1) {
#if METALLIC_ROUGHNESS_TEXTURE
  return texture(metallicRoughnessTexture, slotUv(1, material.texCoords0.y, uv0, uv1));
#else
  return vec4(1.0);
#endif
}

vec4 normalSample(vec2 uv0, vec2 uv1) {
#if NORMAL_TEXTURE
  return texture(normalTexture, slotUv(2, material.texCoords0.z, uv0, uv1));
#else
  return vec4(0.5, 0.5, 1.0, 1.0);
#endif
}

vec4 occlusionSample(vec2 uv0, vec2 uv1) {
#if OCCLUSION_TEXTURE
  return texture(occlusionTexture, slotUv(3, material.texCoords0.w, uv0, uv1));
#else
  return vec4(1.0);
#endif
}

vec4 emissiveSample(vec2 uv0, vec2 uv1) {
#if EMISSIVE_TEXTURE
  return texture(emissiveTexture, slotUv(4, material.texCoords1.x, uv0, uv1));
#else
  return vec4(1.0);
#endif
}

// MASK mode: a fragment whose base colour alpha is below the cutoff is cut away.
bool isCutAway(float alpha) {
  float mode = material.alpha.x;
  return mode > 0.5 && mode < 1.5 && alpha < material.alpha.y;
}

// Base colour alpha (factor × texture × vertex colour): what MASK mode compares with the cutoff.
float baseColorAlpha(vec2 uv0, vec2 uv1, vec4 color) {
  return material.baseColorFactor.a * baseColorSample(uv0, uv1).a * color.a;
}

// Base colour (factor × texture × vertex colour), linear: what the styles that ignore lighting start from.
vec4 baseColorOf(vec2 uv0, vec2 uv1, vec4 color) {
  return material.baseColorFactor * baseColorSample(uv0, uv1) * color;
}

// BLEND mode keeps the base colour's alpha; OPAQUE and MASK surfaces are opaque.
float surfaceAlpha(float baseAlpha) {
  return material.alpha.x > 1.5 ? clamp(baseAlpha, 0.0, 1.0) : 1.0;
}
