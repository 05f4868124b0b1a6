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
  vec2 baseUv = slotUv(0, material.texCoords0.x, vUv0, vUv1);
  vec4 base = material.baseColorFactor * texture(baseColorTexture, baseUv) * vColor;
  if (isCutAway(base.a)) {
    discard;
  }
  fragColor = vec4(1.0);
}
