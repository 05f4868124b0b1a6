#version 300 es
// The default look, fragment stage: the GLSL twin of fs_main in pbr.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "brdf"
#include "environment"
#include "lighting"

#include "material"

#include "fragment-inputs"

// Screen-space derivatives of the world position and the normal map's uv (GL's upward y), for the tangent frame.
struct SurfaceDerivatives {
  vec3 dpx;
  vec3 dpy;
  vec2 duvx;
  vec2 duvy;
};

// Schüler's cotangent frame from screen-space derivatives, for geometry without tangents. dpy and duvy
// follow GL's upward window y, so the frame flips with the side facing the viewer, as a tangent frame would.
// The bitangent is negated: glTF uvs run down the image, and a normal map's green points up it.
mat3 derivativeTangentFrame(vec3 n, vec3 dpx, vec3 dpy, vec2 duvx, vec2 duvy) {
  vec3 dpyPerp = cross(dpy, n);
  vec3 dpxPerp = cross(n, dpx);
  vec3 t = dpyPerp * duvx.x + dpxPerp * duvy.x;
  vec3 b = dpyPerp * duvx.y + dpxPerp * duvy.y;
  float scale = inversesqrt(max(max(dot(t, t), dot(b, b)), 1e-30));
  return mat3(t * scale, -b * scale, n);
}

// The shading normal: the interpolated normal (the eye direction for lines and points without one), the
// whole tangent frame flipped on back faces of double-sided surfaces, then perturbed by the normal map.
vec3 shadingNormal(vec3 geometricNormal, vec4 tangent, vec3 view, bool frontFacing, vec3 mapped,
                   SurfaceDerivatives d) {
  vec3 n = dot(geometricNormal, geometricNormal) > 1e-12 ? normalize(geometricNormal) : view;
  float side = frontFacing ? 1.0 : -1.0;
#if NORMAL_TEXTURE
  mat3 frame3 = derivativeTangentFrame(n, d.dpx, d.dpy, d.duvx, d.duvy);
  vec3 along = tangent.xyz - n * dot(n, tangent.xyz);
  if (dot(along, along) > 1e-12) {
    vec3 t = normalize(along);
    frame3 = mat3(t * side, cross(n, t) * (tangent.w * side), n);
  }
  vec3 perturbed = frame3[0] * mapped.x + frame3[1] * mapped.y + n * (mapped.z * side);
  return normalize(perturbed);
#else
  return n * side;
#endif
}

void main() {
  // Samples and derivatives come first, as WGSL requires (uniform control flow). Slots the material leaves empty,
  // and the normal map's tangent frame, are compiled out (material.glsl, shader-features.ts).
  vec4 baseSample = baseColorSample(vUv0, vUv1);
  vec4 metallicRoughness = metallicRoughnessSample(vUv0, vUv1);
  vec4 normalTexel = normalSample(vUv0, vUv1);
  vec4 occlusionTexel = occlusionSample(vUv0, vUv1);
  vec4 emissiveTexel = emissiveSample(vUv0, vUv1);
#if NORMAL_TEXTURE
  vec2 normalUv = slotUv(2, material.texCoords0.z, vUv0, vUv1);
  SurfaceDerivatives derivatives = SurfaceDerivatives(dFdx(vWorldPosition), dFdy(vWorldPosition), dFdx(normalUv), dFdy(normalUv));
#else
  SurfaceDerivatives derivatives = SurfaceDerivatives(vec3(0.0), vec3(0.0), vec2(0.0), vec2(0.0));
#endif

  vec4 baseColor = material.baseColorFactor * baseSample * vColor;
  float mode = material.alpha.x;
  if (isCutAway(baseColor.a)) {
    discard;
  }
  float alpha = mode > 1.5 ? clamp(baseColor.a, 0.0, 1.0) : 1.0;
  float metallic = clamp(material.surface.x * metallicRoughness.b, 0.0, 1.0);
  float roughness = clamp(material.surface.y * metallicRoughness.g, 0.03, 1.0);
  float occlusion = 1.0 + material.surface.w * (occlusionTexel.r - 1.0);
  vec3 view = viewDirection(vWorldPosition);
  vec3 mapped = (normalTexel.xyz * 2.0 - 1.0) * vec3(material.surface.z, material.surface.z, 1.0);
  vec3 n = shadingNormal(vNormal, vTangent, view, gl_FrontFacing, mapped, derivatives);
  vec3 lit = studioLighting(n, view, baseColor.rgb, metallic, roughness, occlusion);
  // Emissive joins after tone mapping, so emissive 1.0 shows as exactly 1.0; unlit shows the base colour as is.
  vec3 shaded = toneMapPbrNeutral(lit * frame.exposure.x) + material.emissive.rgb * emissiveTexel.rgb;
  vec3 display = material.alpha.z > 0.5 ? baseColor.rgb : shaded;
  // Premultiplied: blending and the MSAA resolve stay right over a transparent background.
  fragColor = vec4(srgbEncode(display) * alpha, alpha);
}
