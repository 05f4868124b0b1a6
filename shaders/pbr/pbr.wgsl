// The default look: glTF metallic-roughness under the studio lights. Groups: 0 frame, 1 material, 2 object.
// pbr.vert.glsl and pbr.frag.glsl are the same shader in GLSL, function for function.
#include "frame"
#include "object"
#include "color"
#include "brdf"
#include "environment"
#include "lighting"

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

struct VertexInput {
  @location(0) position: vec3f,
  @location(1) normal: vec3f,
  @location(2) uv0: vec2f,
  @location(3) uv1: vec2f,
  @location(4) tangent: vec4f,
  @location(5) color: vec4f,
};

struct VertexOutput {
  @builtin(position) clipPosition: vec4f,
  @location(0) worldPosition: vec3f,
  @location(1) normal: vec3f,
  @location(2) uv0: vec2f,
  @location(3) uv1: vec2f,
  @location(4) tangent: vec4f,
  @location(5) color: vec4f,
};

@vertex
fn vs_main(attributes: VertexInput) -> VertexOutput {
  var result: VertexOutput;
  let world = obj.model * vec4f(attributes.position, 1.0);
  result.clipPosition = frame.viewProjection * world;
  result.worldPosition = world.xyz;
  result.normal = (obj.normalMatrix * vec4f(attributes.normal, 0.0)).xyz;
  // A mirrored world matrix flips the tangent frame's handedness.
  result.tangent = vec4f((obj.model * vec4f(attributes.tangent.xyz, 0.0)).xyz, attributes.tangent.w * obj.params.x);
  result.uv0 = attributes.uv0;
  result.uv1 = attributes.uv1;
  result.color = attributes.color;
  return result;
}

// A texture slot's uv: its uv set through its KHR_texture_transform matrix (two rows of the 3×3).
fn slotUv(slot: i32, uvSet: f32, uv0: vec2f, uv1: vec2f) -> vec2f {
  let uv = vec3f(select(uv0, uv1, uvSet > 0.5), 1.0);
  return vec2f(dot(material.uvTransforms[slot * 2].xyz, uv), dot(material.uvTransforms[slot * 2 + 1].xyz, uv));
}

// Schüler's cotangent frame from screen-space derivatives, for geometry without tangents. dpy and duvy
// follow GL's upward window y, so the frame flips with the side facing the viewer, as a tangent frame would.
// The bitangent is negated: glTF uvs run down the image, and a normal map's green points up it.
fn derivativeTangentFrame(n: vec3f, dpx: vec3f, dpy: vec3f, duvx: vec2f, duvy: vec2f) -> mat3x3f {
  let dpyPerp = cross(dpy, n);
  let dpxPerp = cross(n, dpx);
  let t = dpyPerp * duvx.x + dpxPerp * duvy.x;
  let b = dpyPerp * duvx.y + dpxPerp * duvy.y;
  let scale = inverseSqrt(max(max(dot(t, t), dot(b, b)), 1e-30));
  return mat3x3f(t * scale, -b * scale, n);
}

// The shading normal: the interpolated normal (the eye direction for lines and points without one), the
// whole tangent frame flipped on back faces of double-sided surfaces, then perturbed by the normal map.
fn shadingNormal(geometricNormal: vec3f, tangent: vec4f, view: vec3f, frontFacing: bool, mapped: vec3f,
                 dpx: vec3f, dpy: vec3f, duvx: vec2f, duvy: vec2f) -> vec3f {
  let n = select(view, normalize(geometricNormal), dot(geometricNormal, geometricNormal) > 1e-12);
  let side = select(-1.0, 1.0, frontFacing);
  if (material.alpha.w < 0.5) {
    return n * side;
  }
  var frame3 = derivativeTangentFrame(n, dpx, dpy, duvx, duvy);
  let along = tangent.xyz - n * dot(n, tangent.xyz);
  if (dot(along, along) > 1e-12) {
    let t = normalize(along);
    frame3 = mat3x3f(t * side, cross(n, t) * (tangent.w * side), n);
  }
  let perturbed = frame3[0] * mapped.x + frame3[1] * mapped.y + n * (mapped.z * side);
  return normalize(perturbed);
}

@fragment
fn fs_main(varyings: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  // Samples and derivatives come first: WGSL allows them only in uniform control flow.
  let baseUv = slotUv(0, material.texCoords0.x, varyings.uv0, varyings.uv1);
  let metallicRoughnessUv = slotUv(1, material.texCoords0.y, varyings.uv0, varyings.uv1);
  let normalUv = slotUv(2, material.texCoords0.z, varyings.uv0, varyings.uv1);
  let occlusionUv = slotUv(3, material.texCoords0.w, varyings.uv0, varyings.uv1);
  let emissiveUv = slotUv(4, material.texCoords1.x, varyings.uv0, varyings.uv1);
  let baseSample = textureSample(baseColorTexture, baseColorSampler, baseUv);
  let metallicRoughnessSample = textureSample(metallicRoughnessTexture, metallicRoughnessSampler, metallicRoughnessUv);
  let normalSample = textureSample(normalTexture, normalSampler, normalUv);
  let occlusionSample = textureSample(occlusionTexture, occlusionSampler, occlusionUv);
  let emissiveSample = textureSample(emissiveTexture, emissiveSampler, emissiveUv);
  // WebGPU's framebuffer y points down; negated, the derivatives follow GL's convention.
  let dpx = dpdx(varyings.worldPosition);
  let dpy = -dpdy(varyings.worldPosition);
  let duvx = dpdx(normalUv);
  let duvy = -dpdy(normalUv);

  let baseColor = material.baseColorFactor * baseSample * varyings.color;
  let mode = material.alpha.x;
  if (mode > 0.5 && mode < 1.5 && baseColor.a < material.alpha.y) {
    discard;
  }
  let alpha = select(1.0, clamp(baseColor.a, 0.0, 1.0), mode > 1.5);
  let metallic = clamp(material.surface.x * metallicRoughnessSample.b, 0.0, 1.0);
  let roughness = clamp(material.surface.y * metallicRoughnessSample.g, 0.03, 1.0);
  let occlusion = 1.0 + material.surface.w * (occlusionSample.r - 1.0);
  let view = viewDirection(varyings.worldPosition);
  let mapped = (normalSample.xyz * 2.0 - 1.0) * vec3f(material.surface.z, material.surface.z, 1.0);
  let n = shadingNormal(varyings.normal, varyings.tangent, view, frontFacing, mapped, dpx, dpy, duvx, duvy);
  let lit = studioLighting(n, view, baseColor.rgb, metallic, roughness, occlusion);
  // Emissive joins after tone mapping, so emissive 1.0 shows as exactly 1.0; unlit shows the base colour as is.
  let shaded = toneMapPbrNeutral(lit * frame.exposure.x) + material.emissive.rgb * emissiveSample.rgb;
  let display = select(shaded, baseColor.rgb, material.alpha.z > 0.5);
  // Premultiplied: blending and the MSAA resolve stay right over a transparent background.
  return vec4f(srgbEncode(display) * alpha, alpha);
}
