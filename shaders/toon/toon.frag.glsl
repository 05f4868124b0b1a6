#version 300 es
// The toon style, fragment stage: the GLSL twin of fs_main in toon.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "environment"
#include "material"
#include "style"
#include "shading"

#include "fragment-inputs"

// Half-Lambert light (0 facing away from the key, 1 facing it) cut into `bands` flat steps.
float toonRamp(float NdotL, float bands, float shadow) {
  float light = clamp(0.5 * NdotL + 0.5, 0.0, 1.0);
  float band = min(floor(light * bands), bands - 1.0);
  return mix(shadow, 1.0, band / max(bands - 1.0, 1.0));
}

void main() {
  vec4 base = baseColorOf(vUv0, vUv1, vColor);
  vec3 emissive = material.emissive.rgb * emissiveSample(vUv0, vUv1).rgb;
  if (isCutAway(base.a)) {
    discard;
  }
  float alpha = surfaceAlpha(base.a);
  vec3 view = viewDirection(vWorldPosition);
  vec3 n = facingNormal(vNormal, view, gl_FrontFacing);
  float shade = toonRamp(dot(n, frame.keyDirection.xyz), style.params[0].x, style.params[0].y);
  fragColor = vec4(srgbEncode(base.rgb * shade + emissive) * alpha, alpha);
}
