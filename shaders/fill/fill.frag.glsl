#version 300 es
// The fill under the line looks, fragment stage: the GLSL twin of fs_main in fill.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "environment"
#include "material"
#include "style"
#include "shading"

#include "fragment-inputs"

// Soft light for a shaded fill: sky/ground hemisphere and a wrapped key, white, so the colour keeps its hue.
float fillShade(vec3 N) {
  float hemisphere = mix(0.35, 0.75, dot(N, frame.studioUp.xyz) * 0.5 + 0.5);
  return hemisphere + 0.55 * wrapDiffuse(dot(N, frame.keyDirection.xyz), 0.5);
}

void main() {
  vec4 base = baseColorOf(vUv0, vUv1, vColor);
  if (isCutAway(base.a)) {
    discard;
  }
  float alpha = surfaceAlpha(base.a) * style.params[1].w;
  vec3 view = viewDirection(vWorldPosition);
  vec3 n = facingNormal(vNormal, view, gl_FrontFacing);
  vec3 shaded = srgbEncode(toneMapPbrNeutral(style.params[1].rgb * fillShade(n)));
  vec3 colour = style.params[0].w > 0.5 ? shaded : style.params[0].rgb;
  fragColor = vec4(colour * alpha, alpha);
}
