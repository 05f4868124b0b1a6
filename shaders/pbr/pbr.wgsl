// The default look: glTF metallic-roughness under the studio lights. Groups: 0 frame, 1 material, 2 object.
// pbr.vert.glsl and pbr.frag.glsl are the same shader in GLSL, function for function.
#include "frame"
#include "object"
#include "color"
#include "brdf"
#include "environment"
#include "lighting"

#include "material"
#include "vertex"

// Screen-space derivatives of the world position and the normal map's uv (GL's upward y), for the tangent frame.
struct SurfaceDerivatives {
  dpx: vec3f,
  dpy: vec3f,
  duvx: vec2f,
  duvy: vec2f,
};

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
                 d: SurfaceDerivatives) -> vec3f {
  let n = select(view, normalize(geometricNormal), dot(geometricNormal, geometricNormal) > 1e-12);
  let side = select(-1.0, 1.0, frontFacing);
#if NORMAL_TEXTURE
  var frame3 = derivativeTangentFrame(n, d.dpx, d.dpy, d.duvx, d.duvy);
  let along = tangent.xyz - n * dot(n, tangent.xyz);
  if (dot(along, along) > 1e-12) {
    let t = normalize(along);
    frame3 = mat3x3f(t * side, cross(n, t) * (tangent.w * side), n);
  }
  let perturbed = frame3[0] * mapped.x + frame3[1] * mapped.y + n * (mapped.z * side);
  return normalize(perturbed);
#else
  return n * side;
#endif
}

@fragment
fn fs_main(interpolated: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  // Samples and derivatives come first: WGSL allows them only in uniform control flow. Slots the material leaves
  // empty, and the normal map's tangent frame, are compiled out (material.wgsl, shader-features.ts).
  let baseSample = baseColorSample(varyings.uv0, varyings.uv1);
  let metallicRoughness = metallicRoughnessSample(varyings.uv0, varyings.uv1);
  let normalTexel = normalSample(varyings.uv0, varyings.uv1);
  let occlusionTexel = occlusionSample(varyings.uv0, varyings.uv1);
  let emissiveTexel = emissiveSample(varyings.uv0, varyings.uv1);
#if NORMAL_TEXTURE
  // WebGPU's framebuffer y points down; negated, the derivatives follow GL's convention.
  let normalUv = slotUv(2, material.texCoords0.z, varyings.uv0, varyings.uv1);
  let derivatives = SurfaceDerivatives(dpdx(varyings.worldPosition), -dpdy(varyings.worldPosition), dpdx(normalUv), -dpdy(normalUv));
#else
  let derivatives = SurfaceDerivatives(vec3f(0.0), vec3f(0.0), vec2f(0.0), vec2f(0.0));
#endif

  let baseColor = material.baseColorFactor * baseSample * varyings.color;
  let mode = material.alpha.x;
  if (isCutAway(baseColor.a)) {
    discard;
  }
  let alpha = select(1.0, clamp(baseColor.a, 0.0, 1.0), mode > 1.5);
  let metallic = clamp(material.surface.x * metallicRoughness.b, 0.0, 1.0);
  let roughness = clamp(material.surface.y * metallicRoughness.g, 0.03, 1.0);
  let occlusion = 1.0 + material.surface.w * (occlusionTexel.r - 1.0);
  let view = viewDirection(varyings.worldPosition);
  let mapped = (normalTexel.xyz * 2.0 - 1.0) * vec3f(material.surface.z, material.surface.z, 1.0);
  let n = shadingNormal(varyings.normal, varyings.tangent, view, frontFacing, mapped, derivatives);
  let lit = studioLighting(n, view, baseColor.rgb, metallic, roughness, occlusion);
  // Emissive joins after tone mapping, so emissive 1.0 shows as exactly 1.0; unlit shows the base colour as is.
  let shaded = toneMapPbrNeutral(lit * frame.exposure.x) + material.emissive.rgb * emissiveTexel.rgb;
  let display = select(shaded, baseColor.rgb, material.alpha.z > 0.5);
  // Premultiplied: blending and the MSAA resolve stay right over a transparent background.
  return vec4f(srgbEncode(display) * alpha, alpha);
}
