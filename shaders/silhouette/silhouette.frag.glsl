#version 300 es
// The silhouette style, fragment stage: the GLSL twin of fs_main in silhouette.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"
#include "style"

#include "fragment-inputs"

void main() {
  if (isCutAway(baseColorAlpha(vUv0, vUv1, vColor))) {
    discard;
  }
  fragColor = vec4(style.params[0].rgb, 1.0);
}
