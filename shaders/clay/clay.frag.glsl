#version 300 es
// The clay style, fragment stage: the GLSL twin of fs_main in clay.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "environment"
#include "material"
#include "style"
#include "shading"

#include "fragment-inputs"

// Light reaching a clay surface, white, so the clay keeps its hue; N and V are unit world-space vectors.
float clayShade(vec3 N, vec3 V) {
  float hemisphere = mix(0.3, 0.7, dot(N, frame.studioUp.xyz) * 0.5 + 0.5);
  float key = 0.6 * wrapDiffuse(dot(N, frame.keyDirection.xyz), 0.5);
  // the facing ratio stands in for ambient occlusion: grazing faces sit in creases and behind curves
  float cavity = mix(0.55, 1.0, sqrt(clamp(dot(N, V), 0.0, 1.0)));
  return (hemisphere + key) * cavity;
}

void main() {
  vec4 base = baseColorOf(vUv0, vUv1, vColor);
  if (isCutAway(base.a)) {
    discard;
  }
  float alpha = surfaceAlpha(base.a);
  vec3 view = viewDirection(vWorldPosition);
  vec3 n = facingNormal(vNormal, view, gl_FrontFacing);
  vec3 display = toneMapPbrNeutral(style.params[0].rgb * clayShade(n, view));
  fragColor = vec4(srgbEncode(display) * alpha, alpha);
}
