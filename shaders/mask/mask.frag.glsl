#version 300 es
// Object mask, fragment stage: the GLSL twin of fs_main in mask.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"

#include "fragment-inputs"

void main() {
  if (isCutAway(baseColorAlpha(vUv0, vUv1, vColor))) {
    discard;
  }
  fragColor = vec4(1.0);
}
