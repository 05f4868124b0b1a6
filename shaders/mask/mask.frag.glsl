#version 300 es
// Object mask, fragment stage: the GLSL twin of fs_main in mask.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"

in vec2 vUv0;
in vec2 vUv1;
in vec4 vColor;

out vec4 fragColor;

void main() {
  if (isCutAway(baseColorAlpha(vUv0, vUv1, vColor))) {
    discard;
  }
  fragColor = vec4(1.0);
}
