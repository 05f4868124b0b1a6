#version 300 es
// The x-ray style, fragment stage: the GLSL twin of fs_main in xray.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"
#include "style"
#include "shading"

#include "fragment-inputs"

float xrayAlpha(vec3 n, vec3 v, float sharpness, float faceOn) {
  float grazing = 1.0 - clamp(abs(dot(n, v)), 0.0, 1.0);
  return mix(faceOn, 1.0, pow(grazing, sharpness));
}

void main() {
  float alphaIn = baseColorAlpha(vUv0, vUv1, vColor);
  if (isCutAway(alphaIn)) {
    discard;
  }
  vec3 view = viewDirection(vWorldPosition);
  vec3 n = facingNormal(vNormal, view, gl_FrontFacing);
  float alpha = xrayAlpha(n, view, style.params[1].x, style.params[1].y) * surfaceAlpha(alphaIn);
  // premultiplied; the additive blend sums the layers
  fragColor = vec4(style.params[0].rgb * alpha, alpha);
}
