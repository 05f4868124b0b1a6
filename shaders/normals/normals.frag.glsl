#version 300 es
// Normals pass, fragment stage: the GLSL twin of fs_main in normals.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "material"

#include "fragment-inputs"

vec4 encodeViewNormal(vec3 worldNormal, bool frontFacing) {
  float side = frontFacing ? 1.0 : -1.0;
  vec3 n = (frame.view * vec4(worldNormal * side, 0.0)).xyz;
  vec3 unit = dot(n, n) > 1e-20 ? normalize(n) : vec3(0.0, 0.0, 1.0);
  return vec4(unit * 0.5 + 0.5, 1.0);
}

void main() {
  if (isCutAway(baseColorAlpha(vUv0, vUv1, vColor))) {
    discard;
  }
  fragColor = encodeViewNormal(vNormal, gl_FrontFacing);
}
