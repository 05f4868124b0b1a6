#version 300 es
// The unlit style, fragment stage: the GLSL twin of fs_main in unlit.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "material"

#include "fragment-inputs"

void main() {
  vec4 base = baseColorOf(vUv0, vUv1, vColor);
  if (isCutAway(base.a)) {
    discard;
  }
  float alpha = surfaceAlpha(base.a);
  fragColor = vec4(srgbEncode(base.rgb) * alpha, alpha);
}
