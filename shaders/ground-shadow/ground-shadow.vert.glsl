#version 300 es
// Ground shadow, vertex stage: the GLSL twin of vs_main in ground-shadow.wgsl.
precision highp float;
precision highp int;
#include "frame"

layout(std140) uniform GroundShadow {
  vec4 center;
  vec4 axisU;
  vec4 axisV;
} ground;

out vec2 vUv;

// Two triangles, counter-clockwise seen from above, so the square is culled from below.
const vec2 CORNERS[6] = vec2[6](vec2(0.0, 0.0), vec2(1.0, 0.0), vec2(1.0, 1.0), vec2(0.0, 0.0), vec2(1.0, 1.0), vec2(0.0, 1.0));

void main() {
  vec2 c = CORNERS[gl_VertexID];
  vec3 world = ground.center.xyz + (2.0 * c.x - 1.0) * ground.axisU.xyz + (2.0 * c.y - 1.0) * ground.axisV.xyz;
  gl_Position = frame.viewProjection * vec4(world, 1.0);
  vUv = c;
}
