#version 300 es
// The silhouette style, fragment stage: the GLSL twin of fs_main in silhouette.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"
#include "style"

in vec2 vUv0;
in vec2 vUv1;
in vec4 vColor;

out vec4 fragColor;

void main() {
  if (isCutAway(baseColorAlpha(vUv0, vUv1, vColor))) {
    discard;
  }
  fragColor = vec4(style.params[0].rgb, 1.0);
}
