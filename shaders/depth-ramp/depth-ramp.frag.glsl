#version 300 es
// The depth style, fragment stage: the GLSL twin of fs_main in depth-ramp.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"
#include "style"

#include "fragment-inputs"

// Display grey, never black, so the nearest surface still stands out from a black background.
float depthGrey(vec3 worldPosition, float invert) {
  float along = dot(worldPosition - frame.cameraPosition.xyz, frame.cameraForward.xyz);
  float t = clamp((along - frame.depthRange.z) / max(frame.depthRange.w - frame.depthRange.z, 1e-6), 0.0, 1.0);
  return mix(0.1, 0.95, invert > 0.5 ? 1.0 - t : t);
}

void main() {
  float alphaIn = baseColorAlpha(vUv0, vUv1, vColor);
  if (isCutAway(alphaIn)) {
    discard;
  }
  float alpha = surfaceAlpha(alphaIn);
  fragColor = vec4(vec3(depthGrey(vWorldPosition, style.params[0].x)) * alpha, alpha);
}
