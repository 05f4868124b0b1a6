#version 300 es
// Depth pass, fragment stage: the GLSL twin of fs_main in depth.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"

#include "fragment-inputs"

vec4 encodeDepth16(float distance) {
  float t = clamp((distance - frame.depthRange.x) / (frame.depthRange.y - frame.depthRange.x), 0.0, 1.0);
  float value = 1.0 + floor(t * 65534.0 + 0.5);
  float high = floor(value / 256.0);
  return vec4(high / 255.0, (value - high * 256.0) / 255.0, 0.0, 1.0);
}

void main() {
  if (isCutAway(baseColorAlpha(vUv0, vUv1, vColor))) {
    discard;
  }
  fragColor = encodeDepth16(dot(vWorldPosition - frame.cameraPosition.xyz, frame.cameraForward.xyz));
}
